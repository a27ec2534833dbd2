package io.sellercenter.accesstokens.application.port.in.signin;

/** Ends a session on every node: from then on it is refused wherever it is presented, though its JWT is still valid. */
public interface SignOutUseCase {
    void signOut(SignOutCommand command);
}
