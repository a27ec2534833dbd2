package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real PostgreSQL, with a short {@code max-entry-age}: a cached token that is checked again and again stays
 * cached past its age, and is read again from the database meanwhile (here a row changed behind the cache's back,
 * without the revocation's notification, which only the read again can bring in); the reader ends with the node.
 */
class KnownTokenRefreshTest {
    private static final Duration AGE = Duration.ofSeconds(1);

    @Test
    void aTokenInUseStaysCachedPastItsAgeAndIsReadAgainFromTheDatabase() throws InterruptedException {
        Set<Thread> others = PersistenceContext.liveThreads("token-refresh");
        Set<Thread> readers;
        try (ApplicationContext node = PersistenceContext.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.cache.max-entry-age", AGE.toMillis() + "ms"))) {
            CaffeineKnownTokenCache cache = node.getBean(CaffeineKnownTokenCache.class);
            AccessTokenStore store = node.getBean(AccessTokenStore.class);
            until("the listener listens", cache::isListening);
            SellerId seller = PersistenceContext.newSeller(node);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()), seller,
                    PersistenceContext.newAdmin(node, seller), TokenSecret.generate(new SecureRandom()::nextInt),
                    Note.empty(), now.plus(Duration.ofDays(1)), now, new TokenPolicy(Duration.ofDays(7)));
            store.add(token);
            cache.put(token, cache.stamp());

            store.saveRevocation(token.revoke(now));
            long checkedUntil = System.nanoTime() + 3 * AGE.toNanos();
            while (System.nanoTime() < checkedUntil) {
                assertThat(cache.get(token.hash())).as("answered from the cache at every check").isPresent();
                Thread.sleep(20);
            }

            assertThat(cache.get(token.hash()).orElseThrow().isRevoked()).as("the row as it is now").isTrue();
            readers = PersistenceContext.liveThreads("token-refresh");
            readers.removeAll(others);
            assertThat(readers).as("the node's reader").isNotEmpty();
        }
        until("the node's reader ends with the node", () -> readers.stream().noneMatch(Thread::isAlive));
    }
}
