package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;

import java.util.Optional;

/**
 * Someone signs in with e-mail and password. Refused when either is wrong; which one is never told, and an unknown
 * e-mail takes as long to refuse as a wrong password. Too many failures in a row lock the account out for a while,
 * known or not.
 */
public interface SignInUseCase {
    SignInResult signIn(SignInCommand command);

    /**
     * The refusal a sign-in started now would get at once for want of capacity, known without I/O; empty when it would
     * be taken on. A caller may refuse with it early, before the attempt costs anything. Only a hint: the attempt itself
     * still decides.
     */
    default Optional<TemporarilyUnavailable> atCapacity() {
        return Optional.empty();
    }
}
