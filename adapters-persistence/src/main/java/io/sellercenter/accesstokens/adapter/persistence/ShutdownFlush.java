package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * Writes what waits in memory (last uses, audit events of refused calls) when the service stops: on the shutdown
 * event, after the other listeners (graceful shutdown lets requests in flight finish first), and before any bean is
 * destroyed, since the repositories are gone by then.
 */
@Singleton
class ShutdownFlush implements ApplicationEventListener<ShutdownEvent>, Ordered {
    private final BatchedTokenUsageWriter usage;
    private final AuditTrailPersistenceAdapter audit;

    ShutdownFlush(BatchedTokenUsageWriter usage, AuditTrailPersistenceAdapter audit) {
        this.usage = usage;
        this.audit = audit;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        usage.flush();
        audit.flush();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
