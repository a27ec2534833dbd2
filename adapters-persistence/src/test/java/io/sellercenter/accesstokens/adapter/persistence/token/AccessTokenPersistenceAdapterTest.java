package io.sellercenter.accesstokens.adapter.persistence.token;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.JoinedReads;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.contract.AccessTokenStoreContract;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL token store keeps the store's promises, and its transactions keep theirs. */
class AccessTokenPersistenceAdapterTest extends AccessTokenStoreContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        // Lookups wait for a query as long as the pool waits for a connection here (Hikari's default), not 2 s: one
        // test holds them on a locked table while it checks the pool.
        context = PersistenceContext.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.database.connection-timeout-ms", 30_000));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    protected AccessTokenStore store() {
        return context.getBean(AccessTokenStore.class);
    }

    @Override
    protected Transactions transactions() {
        return context.getBean(Transactions.class);
    }

    @Override
    protected Owner newOwner() {
        SellerId seller = PersistenceContext.newSeller(context);
        return new Owner(seller, PersistenceContext.newAdmin(context, seller));
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Owner owner = newOwner();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), owner.seller(), owner.user(),
                TokenSecret.generate(RANDOM::nextInt), Note.empty(), now.plusSeconds(60), now,
                new TokenPolicy(Duration.ofDays(1)));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store().add(token);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store().find(owner.seller(), token.id())).isEmpty();
    }

    @Test
    void lookupsByHashTakeAtMostTwoOfThePoolsConnectionsHoweverManyWait() throws Exception {
        String url = context.getRequiredProperty("datasources.default.url", String.class);
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try (Connection locker = DriverManager.getConnection(url, "postgres", "")) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE access_token IN ACCESS EXCLUSIVE MODE");
            List<Future<Optional<AccessToken>>> lookups = IntStream.range(0, 12)
                    .mapToObj(i -> callers.submit(() -> store().findByHash(TokenSecret.generate(RANDOM::nextInt).hash())))
                    .toList();
            until("lookups wait for the table", () -> waitingForALock(locker) == JoinedReads.READERS);

            Owner other = CompletableFuture.supplyAsync(this::newOwner).get(10, TimeUnit.SECONDS);

            assertThat(other.seller()).as("the pool serves other work meanwhile").isNotNull();
            assertThat(waitingForALock(locker)).as("lookups' connections").isEqualTo(JoinedReads.READERS);
            locker.rollback();
            for (Future<Optional<AccessToken>> lookup : lookups) {
                assertThat(lookup.get(10, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** How many of this database's sessions wait for a lock. */
    private static int waitingForALock(Connection connection) {
        try (ResultSet waiting = connection.createStatement().executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            waiting.next();
            return waiting.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
