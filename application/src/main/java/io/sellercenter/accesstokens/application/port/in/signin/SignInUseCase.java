package io.sellercenter.accesstokens.application.port.in.signin;

/**
 * Someone signs in with e-mail and password. Refused when either is wrong; which one is never told, and an unknown
 * e-mail takes as long to refuse as a wrong password. Too many failures in a row lock the account out for a while,
 * known or not.
 */
public interface SignInUseCase {
    SignInResult signIn(SignInCommand command);

    /**
     * Whether a sign-in started now would be taken on rather than refused at once for want of capacity, known without
     * I/O: a caller may refuse early, before the attempt costs anything. Only a hint; the attempt itself still decides.
     */
    default boolean hasRoom() {
        return true;
    }
}
