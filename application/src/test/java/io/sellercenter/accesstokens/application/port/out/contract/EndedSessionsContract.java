package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.domain.account.SessionId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link EndedSessions} promises, whatever keeps them. */
public abstract class EndedSessionsContract {
    protected abstract EndedSessions sessions();

    /** Runs {@code work} as the service would: in one transaction. */
    protected abstract void inTransaction(Runnable work);

    @Test
    void anEndedSessionIsEndedAndNoOtherIs() {
        SessionId ended = newSession();
        SessionId other = newSession();

        inTransaction(() -> sessions().end(ended, Instant.now().plus(Duration.ofMinutes(15))));

        assertThat(sessions().isEnded(ended)).isTrue();
        assertThat(sessions().isEnded(other)).isFalse();
        assertThat(sessions().knownEnded(other)).as("never says ended of a live session")
                .isNotEqualTo(Optional.of(true));
    }

    @Test
    void endingASessionTwiceIsTheSameAsOnce() {
        SessionId session = newSession();
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

        inTransaction(() -> sessions().end(session, expiresAt));
        inTransaction(() -> sessions().end(session, expiresAt));

        assertThat(sessions().isEnded(session)).isTrue();
    }

    private static SessionId newSession() {
        return new SessionId(UUID.randomUUID());
    }
}
