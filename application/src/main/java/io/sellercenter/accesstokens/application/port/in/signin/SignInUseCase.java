package io.sellercenter.accesstokens.application.port.in.signin;

/**
 * Someone signs in with e-mail and password. Refused when either is wrong; which one is never told, and an unknown
 * e-mail takes as long to refuse as a wrong password. Too many failures in a row lock the account out for a while,
 * known or not.
 */
public interface SignInUseCase {
    SignInResult signIn(SignInCommand command);
}
