package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Ready only while the node hears revocations. A node that does not still answers correctly (its cache is off and
 * every check asks the database), but it is degraded, and a load balancer may prefer its peers.
 */
@Singleton
@Readiness
class RevocationListenerHealthIndicator implements HealthIndicator {
    private final CaffeineKnownTokenCache cache;

    RevocationListenerHealthIndicator(CaffeineKnownTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("revocationListener", cache.isListening() ? HealthStatus.UP
                : HealthStatus.DOWN).build());
    }
}
