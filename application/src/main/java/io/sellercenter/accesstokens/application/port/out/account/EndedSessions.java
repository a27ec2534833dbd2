package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.SessionId;

import java.time.Instant;
import java.util.Optional;

/**
 * Sessions ended before their time (signed out), shared by every node. A session's JWT stays valid until it expires,
 * so an ended one must be remembered until then, and no longer.
 */
public interface EndedSessions {
    /**
     * Ends {@code session}, which would otherwise last until {@code expiresAt}, in the caller's transaction; every node
     * hears of it once that transaction commits. Ending a session twice is the same as once.
     */
    void end(SessionId session, Instant expiresAt);

    /** From memory: empty unless this node has surely heard of every session ended so far. */
    Optional<Boolean> knownEnded(SessionId session);

    /** From the store. */
    boolean isEnded(SessionId session);
}
