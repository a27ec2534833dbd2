package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.sellercenter.accesstokens.application.fake.InMemoryAccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.sellercenter.accesstokens.adapter.persistence.revocation.KnownTokenWarmUpTest.listeningCache;
import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node is not ready until its first warm-up is over: not before it listens, not while the tokens used lately are
 * read; ready once they are, or once the read failed; and at once when there is no warm-up to wait for.
 */
class TokenWarmUpHealthIndicatorTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aNodeIsReadyOnceItsFirstWarmUpHasReadTheTokensUsedLately() throws InterruptedException {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AccessTokenStore slow = new InMemoryAccessTokenStore() {
            @Override
            public List<AccessToken> findActiveUsedSince(Instant since, Instant at, int limit) {
                asked.countDown();
                try {
                    answer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        };
        KnownTokenWarmUp warmUp = new KnownTokenWarmUp(listeningCache(true), slow, HOUR, false);
        TokenWarmUpHealthIndicator readiness = new TokenWarmUpHealthIndicator(warmUp);
        try {
            assertThat(status(readiness)).as("before it listens").isEqualTo(HealthStatus.DOWN);
            warmUp.start();
            warmUp.serving();
            assertThat(asked.await(10, TimeUnit.SECONDS)).as("the tokens used lately are asked for").isTrue();
            assertThat(status(readiness)).as("while they are read").isEqualTo(HealthStatus.DOWN);

            answer.countDown();
            until("ready once they are read", () -> status(readiness) == HealthStatus.UP);
        } finally {
            answer.countDown();
            warmUp.stop();
        }
    }

    @Test
    void aFirstWarmUpThatFailsIsOverToo() {
        AccessTokenStore away = new InMemoryAccessTokenStore() {
            @Override
            public List<AccessToken> findActiveUsedSince(Instant since, Instant at, int limit) {
                throw new IllegalStateException("the database is away");
            }
        };
        KnownTokenWarmUp warmUp = new KnownTokenWarmUp(listeningCache(true), away, HOUR, true);
        TokenWarmUpHealthIndicator readiness = new TokenWarmUpHealthIndicator(warmUp);

        assertThat(warmUp.warmUp()).isZero();

        assertThat(status(readiness)).isEqualTo(HealthStatus.UP);
        warmUp.stop();
    }

    @Test
    void withoutAWarmUpANodeIsReadyAtOnce() {
        KnownTokenWarmUp cacheOff = new KnownTokenWarmUp(listeningCache(false), new InMemoryAccessTokenStore(), HOUR,
                true);
        KnownTokenWarmUp windowZero = new KnownTokenWarmUp(listeningCache(true), new InMemoryAccessTokenStore(),
                Duration.ZERO, true);

        assertThat(status(new TokenWarmUpHealthIndicator(cacheOff))).as("cache off").isEqualTo(HealthStatus.UP);
        assertThat(status(new TokenWarmUpHealthIndicator(windowZero))).as("window 0s").isEqualTo(HealthStatus.UP);
        cacheOff.stop();
        windowZero.stop();
    }

    /** The indicator's one result, which it gives as it is subscribed to. */
    private static HealthStatus status(TokenWarmUpHealthIndicator readiness) {
        AtomicReference<HealthResult> result = new AtomicReference<>();
        readiness.getResult().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult next) {
                result.set(next);
            }

            @Override
            public void onError(Throwable failure) {
                throw new AssertionError(failure);
            }

            @Override
            public void onComplete() {
            }
        });
        return result.get().getStatus();
    }
}
