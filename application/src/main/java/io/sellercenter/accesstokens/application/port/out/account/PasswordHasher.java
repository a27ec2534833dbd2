package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.NewPassword;

/** A slow, salted one-way hash for passwords, so that a stolen user table does not give away sign-ins. */
public interface PasswordHasher {
    String hash(NewPassword password);

    /** Whether {@code password} is the one {@code hash} was made from; takes as long whatever the answer. */
    boolean matches(CharSequence password, String hash);
}
