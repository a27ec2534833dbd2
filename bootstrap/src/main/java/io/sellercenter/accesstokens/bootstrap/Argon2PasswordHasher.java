package io.sellercenter.accesstokens.bootstrap;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;

/**
 * Argon2id through password4j, with OWASP's minimum settings (19 MiB, 2 passes, 1 lane). The hash is a PHC string
 * that carries its own parameters, so stronger settings later still verify older hashes.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private final Argon2Function argon2;

    Argon2PasswordHasher(int memoryKib, int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
    }

    @Override
    public String hash(NewPassword password) {
        return Password.hash(password.text()).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
