package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.domain.account.SessionId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Ended sessions in a map, which this one node always knows whole. */
public final class InMemoryEndedSessions implements EndedSessions {
    private final Map<SessionId, Instant> ended = new ConcurrentHashMap<>();

    @Override
    public void end(SessionId session, Instant expiresAt) {
        ended.putIfAbsent(session, expiresAt);
    }

    @Override
    public Optional<Boolean> knownEnded(SessionId session) {
        return Optional.of(isEnded(session));
    }

    @Override
    public boolean isEnded(SessionId session) {
        return ended.containsKey(session);
    }
}
