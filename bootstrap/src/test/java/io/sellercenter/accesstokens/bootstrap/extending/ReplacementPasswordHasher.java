package io.sellercenter.accesstokens.bootstrap.extending;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.sellercenter.accesstokens.application.fake.FastPasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import jakarta.inject.Singleton;

/** A team's own password hasher, replacing the one the services factory makes, when configured to. */
@Singleton
@Replaces(bean = PasswordHasher.class)
@Requires(property = "extending-test.hasher", value = "fast")
public class ReplacementPasswordHasher implements PasswordHasher {
    private final FastPasswordHasher fast = new FastPasswordHasher();

    @Override
    public String hash(NewPassword password) {
        return fast.hash(password);
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        return fast.matches(password, hash);
    }
}
