package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The audit trail in the metrics: rows waiting to be written (they grow while the database is away) and drops. It
 * reads the waiting events only: a binder that needed the database would make the metrics registry wait for the pool,
 * whose own metrics wait for the registry.
 */
@Singleton
class AuditTrailMetrics implements MeterBinder {
    private final AlikeEvents waiting;

    AuditTrailMetrics(AlikeEvents waiting) {
        this.waiting = waiting;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("access_tokens.audit.waiting", waiting, AlikeEvents::size)
                .description("Audit rows waiting to be written").register(registry);
        FunctionCounter.builder("access_tokens.audit.dropped", waiting, AlikeEvents::dropped)
                .description("Audit events dropped because too many kinds were waiting to be written")
                .register(registry);
    }
}
