package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.port.in.signin.CheckSessionUseCase;
import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.domain.account.SessionId;

import java.util.Optional;

/** Answers whether a session was ended, from memory when that is sure, else from the store. */
public final class SessionQueryService implements CheckSessionUseCase {
    private final EndedSessions endedSessions;

    public SessionQueryService(EndedSessions endedSessions) {
        this.endedSessions = endedSessions;
    }

    @Override
    public Optional<Boolean> isEndedWithoutIo(SessionId session) {
        return endedSessions.knownEnded(session);
    }

    @Override
    public boolean isEnded(SessionId session) {
        return endedSessions.knownEnded(session).orElseGet(() -> endedSessions.isEnded(session));
    }
}
