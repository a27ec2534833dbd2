package io.sellercenter.accesstokens.adapter.persistence.token;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.contract.AccessTokenStoreContract;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL token store keeps the store's promises, and its transactions keep theirs. */
class AccessTokenPersistenceAdapterTest extends AccessTokenStoreContract {
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = PersistenceContext.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    protected AccessTokenStore store() {
        return context.getBean(AccessTokenStore.class);
    }

    @Override
    protected Transactions transactions() {
        return context.getBean(Transactions.class);
    }

    @Override
    protected Owner newOwner() {
        SellerId seller = PersistenceContext.newSeller(context);
        return new Owner(seller, PersistenceContext.newAdmin(context, seller));
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Owner owner = newOwner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(),
                TokenSecret.generate(new SecureRandom()::nextInt), Note.empty(), now.plusSeconds(60), now,
                new TokenPolicy(Duration.ofDays(1)));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store().add(token);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store().find(owner.seller(), token.id())).isEmpty();
    }
}
