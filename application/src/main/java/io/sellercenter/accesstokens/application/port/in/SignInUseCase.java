package io.sellercenter.accesstokens.application.port.in;

import java.util.Optional;

/**
 * Someone signs in with e-mail and password. Empty when either is wrong; which one is never told, and an unknown
 * e-mail takes as long to refuse as a wrong password.
 */
public interface SignInUseCase {
    Optional<SignedInUser> signIn(SignInCommand command);
}
