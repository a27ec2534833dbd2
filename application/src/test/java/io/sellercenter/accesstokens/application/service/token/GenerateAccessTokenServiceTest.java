package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ADMIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.ORIGIN;
import static io.sellercenter.accesstokens.application.service.token.TokenServicesFixture.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateAccessTokenServiceTest {
    private final TokenServicesFixture tokens = new TokenServicesFixture();

    @Test
    void aTokenIsStoredWithItsAuditEventInOneTransactionAndAnnouncedAfterItCommits() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(30), "ERP sync");

        assertThat(tokens.transactions.count()).isEqualTo(1);
        assertThat(tokens.store.all()).containsExactly(generated.token());
        assertThat(generated.token().createdBy()).isEqualTo(ADMIN);
        assertThat(generated.status()).isEqualTo(TokenStatus.ACTIVE);
        AuditEvent event = AuditEvent.change(tokens.clock.now(), AuditEvent.Action.TOKEN_GENERATED, ADMIN, SELLER,
                generated.token().id(), ORIGIN);
        assertThat(tokens.audit.recorded()).containsExactly(event);
        assertThat(tokens.events.published()).containsExactly(event);
        assertThat(tokens.journal).containsExactly("begin", "commit", "publish TOKEN_GENERATED");
    }

    @Test
    void theSecretIsKeptOnlyAsItsHash() {
        GeneratedAccessToken generated = tokens.generateFor(SELLER, Duration.ofDays(1), null);

        assertThat(generated.token().hash()).isEqualTo(generated.secret().hash());
        assertThat(generated.token().toString()).doesNotContain(generated.secret().reveal());
    }

    @Test
    void aTokenOutsideThePolicyIsNeitherStoredNorAnnounced() {
        assertThatThrownBy(() -> tokens.generateFor(SELLER, Duration.ofDays(366), null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> tokens.generateFor(SELLER, Duration.ofSeconds(-1), null))
                .isInstanceOf(InvalidInput.class);

        assertThat(tokens.store.all()).isEmpty();
        assertThat(tokens.audit.recorded()).isEmpty();
        assertThat(tokens.events.published()).isEmpty();
    }

    @Test
    void aTokenIsLimitedToTheScopesAndAddressesAskedForAndUnknownScopesMakeNothing() {
        GeneratedAccessToken scoped = tokens.generate.generate(new GenerateAccessTokenCommand(SELLER, ADMIN,
                tokens.clock.now().plus(Duration.ofDays(1)), Note.empty(),
                Optional.of(List.of(Scope.parse("stock:write", "scopes"))),
                AddressAllowlist.of(List.of("203.0.113.0/24"), "allowedIps"), ORIGIN));

        assertThat(scoped.token().limits().scopes().text()).isEqualTo("stock:read stock:write");
        assertThat(scoped.token().limits().allowedFrom().entries()).containsExactly("203.0.113.0/24");
        assertThat(tokens.generateFor(SELLER, Duration.ofDays(1), null).token().limits())
                .as("nothing asked for: full access from anywhere").isEqualTo(TokenLimits.none());
        assertThatThrownBy(() -> tokens.generate.generate(new GenerateAccessTokenCommand(SELLER, ADMIN,
                tokens.clock.now().plus(Duration.ofDays(1)), Note.empty(),
                Optional.of(List.of(Scope.parse("refunds:write", "scopes"))), AddressAllowlist.anywhere(), ORIGIN)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("scopes");
                    assertThat(refused.reason()).contains("refunds:write");
                });
        assertThat(tokens.store.all()).hasSize(2);
    }
}
