package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.FreezableProxy;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.application.port.out.contract.EndedSessionsContract;
import io.sellercenter.accesstokens.domain.account.SessionId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener on a real PostgreSQL: ended sessions are heard by every node and known to a node that starts later,
 * and a connection that goes silent without closing is noticed by the heartbeat, which turns the cache off until the
 * listener is back.
 */
class RevocationListenerTest extends EndedSessionsContract {
    private static String databaseUrl;
    private static ApplicationContext nodeA;
    private static ApplicationContext nodeB;

    @BeforeAll
    static void start() {
        databaseUrl = PostgresDatabase.freshDatabaseUrl();
        nodeA = PersistenceContext.start(databaseUrl);
        nodeB = PersistenceContext.start(databaseUrl);
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Override
    protected EndedSessions sessions() {
        return nodeA.getBean(EndedSessions.class);
    }

    @Override
    protected void inTransaction(Runnable work) {
        nodeA.getBean(Transactions.class).inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void aSessionEndedOnOneNodeIsKnownEndedOnEveryNodeAndToANodeThatStartsLater() {
        SessionId session = new SessionId(UUID.randomUUID());
        EndedSessions onB = nodeB.getBean(EndedSessions.class);
        until("node B listens", () -> onB.knownEnded(session).isPresent());
        assertThat(onB.knownEnded(session)).contains(false);

        inTransaction(() -> sessions().end(session, Instant.now().plus(Duration.ofMinutes(15))));

        until("node B hears of it", () -> onB.knownEnded(session).orElse(false));
        try (ApplicationContext later = PersistenceContext.start(databaseUrl)) {
            EndedSessions onC = later.getBean(EndedSessions.class);
            until("node C listens", () -> onC.knownEnded(session).isPresent());
            assertThat(onC.knownEnded(session)).as("loaded when it began to listen").contains(true);
        }
    }

    @Test
    void aSessionEndedOnANodeIsKnownEndedThereTheMomentItsEndIsCommitted() {
        SessionId session = new SessionId(UUID.randomUUID());
        until("node A listens", () -> sessions().knownEnded(session).isPresent());

        inTransaction(() -> sessions().end(session, Instant.now().plus(Duration.ofMinutes(15))));

        assertThat(sessions().knownEnded(session)).as("without waiting for its own notification").contains(true);
    }

    @Test
    void aConnectionThatGoesSilentTurnsTheCacheOffUntilTheListenerIsBack() {
        int postgresPort = URI.create(databaseUrl.substring("jdbc:".length())).getPort();
        String database = URI.create(databaseUrl.substring("jdbc:".length())).getPath();
        try (FreezableProxy proxy = new FreezableProxy(postgresPort);
             ApplicationContext node = PersistenceContext.start("jdbc:postgresql://localhost:" + proxy.port()
                     + database + "?user=" + PostgresDatabase.USER)) {
            CaffeineKnownTokenCache cache = node.getBean(CaffeineKnownTokenCache.class);
            until("the listener listens", cache::isListening);

            proxy.freeze();
            until("the silence is noticed", () -> !cache.isListening());

            proxy.thaw();
            until("the listener is back", cache::isListening);
        }
    }
}
