package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.annotation.Scheduled;
import io.sellercenter.accesstokens.adapter.persistence.ReportsOutages;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail in {@code audit_event}. Events that record a change are written in the caller's transaction. The
 * others are counted in memory by minute and kind ({@link AlikeEvents}) and added to their minute's row every
 * {@code flush-interval}, and once more on the shutdown event, after the other listeners and before the repositories
 * are destroyed. What cannot be written waits for the next flush.
 */
@Context
@ReportsOutages
class AuditTrailPersistenceAdapter implements AuditTrail, ApplicationEventListener<ShutdownEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailPersistenceAdapter.class);
    private static final String FLUSH_INTERVAL = "${access-tokens.audit.flush-interval:1s}";
    private final AuditEventRepository repository;
    private final AlikeEventWriter writer;
    private final AlikeEvents waiting;

    AuditTrailPersistenceAdapter(AuditEventRepository repository, AlikeEventWriter writer, AlikeEvents waiting,
                                 @Value(FLUSH_INTERVAL) Duration flushInterval) {
        Setting.positive("access-tokens.audit.flush-interval", flushInterval);
        this.repository = repository;
        this.writer = writer;
        this.waiting = waiting;
    }

    @Override
    public void record(AuditEvent event) {
        repository.save(new AuditEventEntity(null, event.occurredAt(), event.action().name(), event.actor(),
                event.sellerId() == null ? null : event.sellerId().value(),
                event.tokenId() == null ? null : event.tokenId().value(), event.origin().clientIp(),
                event.origin().userAgent(), event.outcome().name(), event.occurrences(), null));
    }

    @Override
    public void recordSoon(AuditEvent event) {
        waiting.add(event);
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

    /** Adds what waits to its rows; returns how many rows were written (0 when they must wait for the next time). */
    @Scheduled(fixedDelay = FLUSH_INTERVAL)
    int flush() {
        List<AlikeEvents.Tally> batch = waiting.drain();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            writer.addAll(batch);
            return batch.size();
        } catch (RuntimeException e) {
            waiting.putBack(batch);
            LOG.warn("Could not write {} audit rows ({}); they wait for the next try", batch.size(),
                    e.getClass().getSimpleName());
            return 0;
        }
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        flush();
        if (waiting.size() > 0) {
            LOG.warn("Stopping with {} audit rows unwritten: the database is away", waiting.size());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static Instant minuteOf(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }

    private static AuditEvent toDomain(AuditEventEntity row) {
        return new AuditEvent(row.occurredAt(), AuditEvent.Action.valueOf(row.action()), row.actor(),
                row.sellerId() == null ? null : new SellerId(row.sellerId()),
                row.tokenId() == null ? null : new AccessTokenId(row.tokenId()),
                new RequestOrigin(row.clientIp(), row.userAgent()), AuditEvent.Outcome.valueOf(row.outcome()),
                row.occurrences());
    }
}
