package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Ready only once the node's first warm-up is over ({@link KnownTokenWarmUp}): a node that a load balancer sends calls
 * to before it has read the tokens used lately answers each of those tokens' first check from the database, at about a
 * fifteenth of its cached speed. The warm-up begins once the node serves and takes a fraction of a second for a few
 * thousand tokens (a few seconds for 30,000); one that fails is over too, and those tokens are read on their first
 * checks. Reconnects warm the cache up again without taking the node out: its listener's readiness already was.
 */
@Singleton
@Readiness
class TokenWarmUpHealthIndicator implements HealthIndicator {
    private final KnownTokenWarmUp warmUp;

    TokenWarmUpHealthIndicator(KnownTokenWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("tokenWarmUp", warmUp.firstOver() ? HealthStatus.UP
                : HealthStatus.DOWN).build());
    }
}
