package io.sellercenter.accesstokens.application.port.in.signin;

import io.sellercenter.accesstokens.domain.account.SessionId;

import java.util.Optional;

/**
 * Whether a session whose JWT is valid has been ended by a sign-out, on any node. Asked on every call made with a
 * session, so it is answered from memory whenever this node is sure to have heard of every sign-out.
 */
public interface CheckSessionUseCase {
    /** The answer when it needs no I/O; empty when only {@link #isEnded} can tell. */
    Optional<Boolean> isEndedWithoutIo(SessionId session);

    /** The answer, asking the store when memory cannot tell. */
    boolean isEnded(SessionId session);
}
