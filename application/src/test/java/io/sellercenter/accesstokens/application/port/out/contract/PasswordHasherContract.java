package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link PasswordHasher} promises. */
public abstract class PasswordHasherContract {
    private static final NewPassword PASSWORD = new NewPassword("correct horse battery staple");

    protected abstract PasswordHasher hasher();

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches(PASSWORD.text(), hash)).isTrue();
        assertThat(hasher().matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher().hash(PASSWORD)).isNotEqualTo(hasher().hash(PASSWORD));
    }

    @Test
    void aHashNeverContainsThePassword() {
        String hash = hasher().hash(PASSWORD);

        assertThat(hash).doesNotContain(PASSWORD.text()).doesNotContain("horse");
    }

    @Test
    void anUnreadableHashMatchesNothingAndDoesNotThrow() {
        for (String broken : new String[]{"", "not a hash", "$argon2id$v=19$m=1,t=1,p=1$$", "fake$x$y",
                PASSWORD.text()}) {
            assertThat(hasher().matches(PASSWORD.text(), broken)).as(broken).isFalse();
        }
    }
}
