package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.fake.InMemoryAccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real PostgreSQL, across a restart: a node that starts listening has the active tokens used lately in its cache
 * before their first check, and no token revoked, expired, used long ago or never used. Then, on stores in memory: a
 * revocation heard during the read keeps what it read out, a node's first warm-up waits until the node serves, and a
 * node whose cache is off reads nothing.
 */
class KnownTokenWarmUpTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void aRestartedNodeHasTheTokensUsedLatelyInItsCacheBeforeTheirFirstCheck() {
        String database = PostgresDatabase.freshDatabaseUrl();
        AccessToken usedLately;
        AccessToken usedJustNow;
        AccessToken usedLongAgo;
        AccessToken neverUsed;
        AccessToken revoked;
        AccessToken expired;
        try (ApplicationContext before = PersistenceContext.start(database, Map.of())) {
            SellerId seller = PersistenceContext.newSeller(before);
            UserId admin = PersistenceContext.newAdmin(before, seller);
            AccessTokenStore store = before.getBean(AccessTokenStore.class);
            usedLately = add(store, seller, admin, now.plus(Duration.ofDays(1)), null, now.minusSeconds(50));
            usedJustNow = add(store, seller, admin, now.plus(Duration.ofDays(1)), null, now.minusSeconds(5));
            usedLongAgo = add(store, seller, admin, now.plus(Duration.ofDays(1)), null, now.minus(Duration.ofHours(2)));
            neverUsed = add(store, seller, admin, now.plus(Duration.ofDays(1)), null, null);
            revoked = add(store, seller, admin, now.minusSeconds(30), now.minusSeconds(30), now.minusSeconds(40));
            expired = add(store, seller, admin, now.minusSeconds(10), null, now.minusSeconds(20));

            assertThat(store.findActiveUsedSince(now.minus(Duration.ofHours(1)), now, 10))
                    .as("active, used within the hour, most recently used first").extracting(AccessToken::id)
                    .containsExactly(usedJustNow.id(), usedLately.id());
            assertThat(store.findActiveUsedSince(now.minus(Duration.ofHours(1)), now, 1))
                    .extracting(AccessToken::id).containsExactly(usedJustNow.id());
        }

        try (ApplicationContext restarted = PersistenceContext.start(database, Map.of())) {
            CaffeineKnownTokenCache cache = restarted.getBean(CaffeineKnownTokenCache.class);
            until("the tokens used lately are cached", () -> cache.get(usedLately.hash()).isPresent()
                    && cache.get(usedJustNow.hash()).isPresent());

            assertThat(cache.get(usedLately.hash()).orElseThrow().id()).isEqualTo(usedLately.id());
            assertThat(cache.get(usedLongAgo.hash())).as("used long ago").isEmpty();
            assertThat(cache.get(neverUsed.hash())).as("never used").isEmpty();
            assertThat(cache.get(revoked.hash())).as("revoked").isEmpty();
            assertThat(cache.get(expired.hash())).as("expired").isEmpty();
        }
    }

    @Test
    void aRevocationHeardWhileTheTokensAreReadKeepsThemAllOut() {
        CaffeineKnownTokenCache cache = listeningCache(true);
        InMemoryAccessTokenStore stored = new InMemoryAccessTokenStore();
        SellerId seller = new SellerId(UUID.randomUUID());
        UserId admin = new UserId(UUID.randomUUID());
        List<AccessToken> read = List.of(add(stored, seller, admin, now.plusSeconds(600), null, now),
                add(stored, seller, admin, now.plusSeconds(600), null, now));
        AccessTokenStore revokedMeanwhile = new InMemoryAccessTokenStore() {
            @Override
            public List<AccessToken> findActiveUsedSince(Instant since, Instant at, int limit) {
                cache.evict(read.get(0).hash()); // heard while the rows are on their way
                return read;
            }
        };
        KnownTokenWarmUp warmUp = new KnownTokenWarmUp(cache, revokedMeanwhile, Duration.ofHours(1), true);

        assertThat(warmUp.warmUp()).isEqualTo(2);

        assertThat(read).allSatisfy(token -> assertThat(cache.get(token.hash())).as("kept out").isEmpty());
        assertThat(new KnownTokenWarmUp(cache, stored(read), Duration.ofHours(1), true).warmUp()).isEqualTo(2);
        assertThat(read).allSatisfy(token -> assertThat(cache.get(token.hash())).as("read undisturbed").isPresent());
        warmUp.stop();
    }

    @Test
    void aNodesFirstWarmUpWaitsUntilItServes() throws InterruptedException {
        CaffeineKnownTokenCache cache = listeningCache(true);
        AccessToken used = add(new InMemoryAccessTokenStore(), new SellerId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), now.plusSeconds(600), null, now);
        CountDownLatch read = new CountDownLatch(1);
        KnownTokenWarmUp warmUp = new KnownTokenWarmUp(cache, stored(List.of(used), read), Duration.ofHours(1), false);

        warmUp.start();
        assertThat(read.await(500, TimeUnit.MILLISECONDS)).as("read before the node serves").isFalse();
        warmUp.serving();
        until("the token used lately is cached", () -> cache.get(used.hash()).isPresent());
        warmUp.stop();
    }

    @Test
    void aNodeWithItsCacheOffReadsNothing() throws InterruptedException {
        CaffeineKnownTokenCache off = listeningCache(false);
        CountDownLatch read = new CountDownLatch(1);
        KnownTokenWarmUp warmUp = new KnownTokenWarmUp(off, stored(List.of(), read), Duration.ofHours(1), true);

        warmUp.start();
        assertThat(read.await(500, TimeUnit.MILLISECONDS)).as("read for a cache that takes nothing").isFalse();
        warmUp.stop();
    }

    /** A cache of 100 tokens (on or off) whose listener is on, and which reads nothing again. */
    static CaffeineKnownTokenCache listeningCache(boolean enabled) {
        CaffeineKnownTokenCache cache = new CaffeineKnownTokenCache(enabled, 100, Duration.ofMinutes(1),
                Duration.ofMinutes(1), hashes -> List.of());
        cache.listening(true);
        return cache;
    }

    private static AccessTokenStore stored(List<AccessToken> tokens) {
        return stored(tokens, new CountDownLatch(1));
    }

    /** A store whose tokens used lately are {@code tokens}, counting {@code read} down when they are asked for. */
    private static AccessTokenStore stored(List<AccessToken> tokens, CountDownLatch read) {
        return new InMemoryAccessTokenStore() {
            @Override
            public List<AccessToken> findActiveUsedSince(Instant since, Instant at, int limit) {
                read.countDown();
                return tokens;
            }
        };
    }

    private static AccessToken add(AccessTokenStore store, SellerId seller, UserId admin, Instant validUntil,
                                   Instant revokedAt, Instant lastUsedAt) {
        TokenSecret secret = TokenSecret.generate(RANDOM::nextInt);
        AccessToken token = AccessToken.restore(new AccessTokenId(UUID.randomUUID()), seller, secret.hash(),
                secret.hint(), Note.empty(), validUntil, validUntil.minus(Duration.ofDays(30)), admin, revokedAt,
                lastUsedAt, lastUsedAt == null ? null : "203.0.113.7");
        store.add(token);
        return token;
    }
}
