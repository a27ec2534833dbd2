package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.annotation.Scheduled;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit trail in {@code audit_event}. Events that record a change are written in the caller's transaction; the
 * others wait in a bounded queue and are written in batches; when the queue is full (a flood of bad tokens, say),
 * new ones are dropped and counted rather than slowing every request down. What waits is written on the shutdown event
 * too, after the other listeners and before the repositories are destroyed.
 */
@Singleton
class AuditTrailPersistenceAdapter implements AuditTrail, ApplicationEventListener<ShutdownEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailPersistenceAdapter.class);
    private final AuditEventRepository repository;
    private final BlockingQueue<AuditEventEntity> soon;
    private final AtomicLong dropped = new AtomicLong();

    AuditTrailPersistenceAdapter(AuditEventRepository repository,
                                 @Value("${access-tokens.audit.queue-capacity:10000}") int queueCapacity) {
        this.repository = repository;
        this.soon = new ArrayBlockingQueue<>(queueCapacity);
    }

    @Override
    public void record(AuditEvent event) {
        repository.save(toEntity(event));
    }

    @Override
    public void recordSoon(AuditEvent event) {
        if (!soon.offer(toEntity(event))) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public Page<AuditEvent> page(AuditEventFilter filter, PageRequest page) {
        UUID seller = filter.sellerId().value();
        UUID token = filter.tokenId().map(AccessTokenId::value).orElse(null);
        String action = filter.action().map(Enum::name).orElse(null);
        Instant from = filter.from().orElse(null);
        Instant to = filter.to().orElse(null);
        List<AuditEvent> items = repository.findMatching(seller, token, action, from, to, page.size(), page.offset())
                .stream().map(AuditTrailPersistenceAdapter::toDomain).toList();
        return new Page<>(items, page, repository.countMatching(seller, token, action, from, to));
    }

    /** Writes what waits in the queue; returns how many. */
    @Scheduled(fixedDelay = "${access-tokens.audit.flush-interval:1s}")
    int flush() {
        List<AuditEventEntity> batch = new ArrayList<>();
        soon.drainTo(batch);
        if (!batch.isEmpty()) {
            try {
                repository.saveAll(batch);
            } catch (RuntimeException e) {
                LOG.warn("Could not write {} audit events ({})", batch.size(), e.getClass().getSimpleName());
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("Dropped {} audit events of refused calls: more arrived than could be written", lost);
        }
        return batch.size();
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        flush();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static AuditEventEntity toEntity(AuditEvent event) {
        return new AuditEventEntity(null, event.occurredAt(), event.action().name(), event.actor(),
                event.sellerId() == null ? null : event.sellerId().value(),
                event.tokenId() == null ? null : event.tokenId().value(),
                event.origin().clientIp(), event.origin().userAgent(), event.outcome().name());
    }

    private static AuditEvent toDomain(AuditEventEntity row) {
        return new AuditEvent(row.occurredAt(), AuditEvent.Action.valueOf(row.action()), row.actor(),
                row.sellerId() == null ? null : new SellerId(row.sellerId()),
                row.tokenId() == null ? null : new AccessTokenId(row.tokenId()),
                new RequestOrigin(row.clientIp(), row.userAgent()), AuditEvent.Outcome.valueOf(row.outcome()));
    }
}
