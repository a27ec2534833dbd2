package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;

/**
 * The known-token cache in the metrics: Caffeine's own gets, hits, misses and evictions, the hit ratio, and how many
 * tokens it keeps at most.
 */
@Singleton
class KnownTokenCacheMetrics implements MeterBinder {
    private final CaffeineKnownTokenCache cache;

    KnownTokenCacheMetrics(CaffeineKnownTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "access_tokens_known");
        Gauge.builder("access_tokens.cache.hit.ratio", cache, c -> c.caffeine().stats().hitRate())
                .description("Share of token checks answered from this node's cache since it started")
                .register(registry);
        Gauge.builder("access_tokens.cache.maximum.size", cache,
                        c -> c.caffeine().policy().eviction().map(eviction -> eviction.getMaximum()).orElse(0L))
                .description("How many tokens this node's cache keeps at most: as set, or a heap's quarter's worth")
                .register(registry);
        Gauge.builder("access_tokens.revocation.listener.up", cache, c -> c.isListening() ? 1 : 0)
                .description("1 while this node listens for revocations, 0 while its cache is off")
                .register(registry);
    }
}
