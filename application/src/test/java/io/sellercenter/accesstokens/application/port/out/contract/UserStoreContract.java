package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link UserStore} promises. An implementation's test says how to make a seller the store knows. */
public abstract class UserStoreContract {

    protected abstract UserStore users();

    /** A seller that users may belong to, new for each call. */
    protected abstract SellerId newSeller();

    @Test
    void aUserIsFoundByTheirEmailExactlyAsAdded() {
        UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()), newEmail(), Role.SELLER_ADMIN, newSeller(),
                "a-slow-hash");

        assertThat(users().addIfEmailFree(admin)).isTrue();

        UserAccount found = users().findByEmail(admin.email()).orElseThrow();
        assertThat(found).isEqualTo(admin);
        assertThat(found.passwordHash()).isEqualTo("a-slow-hash");
        assertThat(users().findByEmail(newEmail())).isEmpty();
    }

    @Test
    void anOperatorBelongsToNoSeller() {
        UserAccount operator = new UserAccount(new UserId(UUID.randomUUID()), newEmail(), Role.PLATFORM_OPERATOR,
                null, "hash");

        assertThat(users().addIfEmailFree(operator)).isTrue();

        assertThat(users().findByEmail(operator.email()).orElseThrow().sellerId()).isEmpty();
    }

    @Test
    void anEmailBelongsToOneUserAtMost() {
        Email email = newEmail();
        UserAccount first = new UserAccount(new UserId(UUID.randomUUID()), email, Role.SELLER_ADMIN, newSeller(), "h1");
        UserAccount second = new UserAccount(new UserId(UUID.randomUUID()), email, Role.SELLER_MEMBER, newSeller(),
                "h2");

        assertThat(users().addIfEmailFree(first)).isTrue();
        assertThat(users().addIfEmailFree(second)).isFalse();

        assertThat(users().findByEmail(email)).contains(first);
    }

    private static Email newEmail() {
        return new Email("user-" + UUID.randomUUID() + "@example.com");
    }
}
