package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.scheduling.annotation.Scheduled;
import io.sellercenter.accesstokens.domain.account.SessionId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's memory of the sessions ended (signed out) and not yet expired: loaded whole when the
 * {@link RevocationListener} starts listening, then kept by what it hears and by what this node ends itself. It
 * answers only while the listener listens; a node that could have missed a sign-out asks the database instead.
 */
@Singleton
class EndedSessionView {
    private final Map<UUID, Instant> ended = new ConcurrentHashMap<>();
    private volatile boolean listening;

    Optional<Boolean> knownEnded(SessionId session) {
        return listening ? Optional.of(ended.containsKey(session.value())) : Optional.empty();
    }

    /** The listener listens again, and here is every session ended so far (read after it began to listen). */
    void listening(Map<UUID, Instant> endedSoFar) {
        ended.putAll(endedSoFar);
        listening = true;
    }

    void notListening() {
        listening = false;
    }

    void heard(UUID session, Instant expiresAt) {
        ended.put(session, expiresAt);
    }

    /** Forgets the sessions past their expiry: their JWTs are refused anyway. */
    @Scheduled(fixedDelay = "1m")
    void forgetExpired() {
        Instant now = Instant.now();
        ended.values().removeIf(expiresAt -> expiresAt.isBefore(now));
    }
}
