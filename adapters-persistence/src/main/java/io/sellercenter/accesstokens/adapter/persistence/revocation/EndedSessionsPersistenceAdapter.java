package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.domain.account.SessionId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Ended sessions in {@code ended_session}, announced on the revocation channel in the caller's transaction (so every
 * node hears of them exactly when they are committed), and remembered by every node in its {@link EndedSessionView}.
 */
@Singleton
@ReportsOutages
class EndedSessionsPersistenceAdapter implements EndedSessions {
    static final String PAYLOAD_PREFIX = "session:";

    private final EndedSessionRepository repository;
    private final PostgresRevocationBroadcast broadcast;
    private final EndedSessionView view;

    EndedSessionsPersistenceAdapter(EndedSessionRepository repository, PostgresRevocationBroadcast broadcast,
                                    EndedSessionView view) {
        this.repository = repository;
        this.broadcast = broadcast;
        this.view = view;
    }

    /**
     * Ends the session for every node, and on this one at once: its own notification reaches this node's listener
     * only after the commit, and a call made with the session in the meantime would still pass here. Should the
     * transaction roll back, this node refuses a session the caller was ending anyway.
     */
    @Override
    public void end(SessionId session, Instant expiresAt) {
        repository.end(session.value(), expiresAt);
        broadcast.announce(PAYLOAD_PREFIX + session.value() + ":" + expiresAt.getEpochSecond());
        view.heard(session.value(), expiresAt);
    }

    @Override
    public Optional<Boolean> knownEnded(SessionId session) {
        return view.knownEnded(session);
    }

    @Override
    public boolean isEnded(SessionId session) {
        return repository.existsBySessionId(session.value());
    }
}
