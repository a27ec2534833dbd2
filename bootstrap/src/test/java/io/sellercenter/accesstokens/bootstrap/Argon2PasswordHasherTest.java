package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.contract.PasswordHasherContract;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Argon2id keeps the password hasher's promises, and a hash keeps the settings it was made with. */
class Argon2PasswordHasherTest extends PasswordHasherContract {
    // Cheap settings keep the test quick; the production settings run the same code.
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void aHashIsArgon2idAndSaysWhichSettingsMadeIt() {
        assertThat(hasher.hash(new NewPassword("correct horse battery staple")))
                .startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    }

    @Test
    void aHashMadeWithOtherSettingsStillMatchesAfterTheSettingsChange() {
        String older = new Argon2PasswordHasher(2048, 2).hash(new NewPassword("correct horse battery staple"));

        assertThat(hasher.matches("correct horse battery staple", older)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", older)).isFalse();
    }
}
