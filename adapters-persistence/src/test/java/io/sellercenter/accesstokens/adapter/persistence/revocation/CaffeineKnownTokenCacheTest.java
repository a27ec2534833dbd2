package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.sellercenter.accesstokens.application.port.out.contract.KnownTokenCacheContract;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Caffeine cache keeps the cache's promises while it listens, and answers nothing while it does not; a token half
 * its age is read again without the check waiting for it, and a read that races a revocation is dropped.
 */
class CaffeineKnownTokenCacheTest extends KnownTokenCacheContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The cached tokens' age in the tests that let them age: long enough for a slow machine's checks to fit in. */
    private static final Duration AGE = Duration.ofSeconds(2);
    private static final Function<List<TokenHash>, List<AccessToken>> NOTHING_STORED = hashes -> List.of();
    private final CaffeineKnownTokenCache cache = new CaffeineKnownTokenCache(true, 100, Duration.ofMinutes(1),
            Duration.ofMinutes(1), NOTHING_STORED);
    private final CaffeineKnownTokenCache listening = new CaffeineKnownTokenCache(true, 100, Duration.ofMinutes(1),
            Duration.ofMinutes(1), NOTHING_STORED);

    {
        listening.listening(true);
    }

    @Override
    protected KnownTokenCache cache() {
        return listening;
    }
    private final AccessToken token = AccessToken.generate(new AccessTokenId(UUID.randomUUID()),
            new SellerId(UUID.randomUUID()), new UserId(UUID.randomUUID()), TokenSecret.generate(RANDOM::nextInt),
            Note.empty(), Instant.now().plusSeconds(3600), Instant.now(), new TokenPolicy(Duration.ofDays(1)));

    @Test
    void answersOnlyWhileTheListenerListens() {
        cache.put(token, cache.stamp());
        assertThat(cache.get(token.hash())).as("not listening yet").isEmpty();

        cache.listening(true);
        cache.put(token, cache.stamp());
        assertThat(cache.get(token.hash())).contains(token);

        cache.listening(false);
        assertThat(cache.get(token.hash())).isEmpty();
        cache.listening(true);
        assertThat(cache.get(token.hash())).as("emptied while not listening").isEmpty();
    }

    @Test
    void turnedOffItNeverAnswers() {
        CaffeineKnownTokenCache off = new CaffeineKnownTokenCache(false, 100, Duration.ofMinutes(1),
                Duration.ofMinutes(1), NOTHING_STORED);
        off.listening(true);

        off.put(token, off.stamp());

        assertThat(off.get(token.hash())).isEmpty();
    }

    @Test
    void aTokenInUseIsReadAgainAtHalfItsAgeAndNeverAgesOut() {
        AccessToken revokedMeanwhile = token.revoke(Instant.now());
        AtomicInteger reads = new AtomicInteger();
        Duration age = Duration.ofSeconds(1);
        CaffeineKnownTokenCache refreshing = listeningCache(age, hashes -> {
            reads.incrementAndGet();
            return List.of(revokedMeanwhile);
        });
        refreshing.put(token, refreshing.stamp());

        int checks = 0;
        long until = System.nanoTime() + 3 * age.toNanos();
        while (System.nanoTime() < until) {
            assertThat(refreshing.get(token.hash())).as("answered from the cache at every check").isPresent();
            checks++;
            pause(20);
        }

        assertThat(refreshing.get(token.hash()).orElseThrow()).as("the stored copy").isSameAs(revokedMeanwhile);
        assertThat(reads.get()).as("one read a half age or so, not one a check").isPositive().isLessThan(checks / 4);
        refreshing.stop();
    }

    @Test
    void aReadUnderWayWhenTheTokenIsEvictedIsDropped() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch revoked = new CountDownLatch(1);
        AccessToken readBeforeTheRevocation = AccessToken.restore(token.id(), token.sellerId(), token.hash(),
                token.hint(), token.note(), token.validUntil(), token.createdAt(), token.createdBy(), null, null, null);
        CaffeineKnownTokenCache refreshing = listeningCache(AGE, hashes -> {
            reading.countDown();
            await(revoked);
            return List.of(readBeforeTheRevocation);
        });
        refreshing.put(token, refreshing.stamp());
        pause(AGE.toMillis() / 2 + 50);

        assertThat(refreshing.get(token.hash())).as("the check does not wait for the read").containsSame(token);
        assertThat(reading.await(5, TimeUnit.SECONDS)).as("the read began").isTrue();
        refreshing.evict(token.hash());
        revoked.countDown();

        until("the read is done with", () -> refreshing.caffeine().stats().loadCount() == 1);
        assertThat(refreshing.get(token.hash())).as("never put back").isEmpty();
        refreshing.stop();
    }

    @Test
    void aReadThatFailsLeavesTheTokenToAgeOutAndTheCheckNeverSeesTheFailure() {
        AtomicInteger reads = new AtomicInteger();
        CaffeineKnownTokenCache refreshing = listeningCache(AGE, hashes -> {
            reads.incrementAndGet();
            throw new IllegalStateException("the database is down");
        });
        refreshing.put(token, refreshing.stamp());
        pause(AGE.toMillis() / 2 + 50);

        assertThat(refreshing.get(token.hash())).containsSame(token);
        until("the read failed", () -> refreshing.caffeine().stats().loadFailureCount() >= 1);
        assertThat(refreshing.get(token.hash())).as("kept while younger than its age").containsSame(token);

        until("aged out", () -> refreshing.get(token.hash()).isEmpty());
        assertThat(reads.get()).isPositive();
        refreshing.stop();
    }

    private static CaffeineKnownTokenCache listeningCache(Duration age,
                                                          Function<List<TokenHash>, List<AccessToken>> stored) {
        CaffeineKnownTokenCache refreshing = new CaffeineKnownTokenCache(true, 100, age, age, stored);
        refreshing.listening(true);
        return refreshing;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
