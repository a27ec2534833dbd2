package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit trail as lists: what was recorded in a transaction, and what was left to record soon, which
 * {@link #flush()} writes (as the real trail does in the background).
 */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEvent> recorded = new ArrayList<>();
    private final List<AuditEvent> pending = new ArrayList<>();
    private final List<AuditEvent> recordedSoon = new ArrayList<>();
    private final Map<Object, Integer> soonRows = new HashMap<>();

    @Override
    public synchronized void record(AuditEvent event) {
        recorded.add(event);
    }

    @Override
    public synchronized void recordSoon(AuditEvent event) {
        recordedSoon.add(event);
        pending.add(event);
    }

    /**
     * Writes what {@link #recordSoon} left waiting, as the port promises: events alike in the same minute become one,
     * counted, dated by the first.
     */
    public synchronized void flush() {
        for (AuditEvent event : pending) {
            Object key = List.of(event.occurredAt().truncatedTo(ChronoUnit.MINUTES), event.action(),
                    Objects.toString(event.actor()), Objects.toString(event.sellerId()),
                    Objects.toString(event.tokenId()), Objects.toString(event.origin().clientIp()), event.outcome());
            Integer at = soonRows.get(key);
            if (at == null) {
                soonRows.put(key, recorded.size());
                recorded.add(event);
            } else {
                AuditEvent first = recorded.get(at);
                Instant earliest = first.occurredAt().isAfter(event.occurredAt()) ? event.occurredAt()
                        : first.occurredAt();
                recorded.set(at, new AuditEvent(earliest, first.action(), first.actor(), first.sellerId(),
                        first.tokenId(), first.origin(), first.outcome(), first.occurrences() + event.occurrences()));
            }
        }
        pending.clear();
    }

    @Override
    public synchronized Page<AuditEvent> page(AuditEventFilter filter, PageRequest page) {
        List<AuditEvent> matching = new ArrayList<>();
        for (int i = recorded.size() - 1; i >= 0; i--) {
            AuditEvent event = recorded.get(i);
            if (matches(event, filter)) {
                matching.add(event);
            }
        }
        matching.sort(Comparator.comparing(AuditEvent::occurredAt).reversed());
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    private static boolean matches(AuditEvent event, AuditEventFilter filter) {
        return filter.sellerId().equals(event.sellerId())
                && filter.tokenId().map(id -> id.equals(event.tokenId())).orElse(true)
                && filter.action().map(action -> action == event.action()).orElse(true)
                && filter.from().map(from -> !event.occurredAt().isBefore(from)).orElse(true)
                && filter.to().map(to -> !event.occurredAt().isAfter(to)).orElse(true);
    }

    /** The events recorded in transactions so far (those left for later only once flushed). */
    public synchronized List<AuditEvent> recorded() {
        return List.copyOf(recorded);
    }

    /** The events left to record soon, flushed or not. */
    public synchronized List<AuditEvent> recordedSoon() {
        return List.copyOf(recordedSoon);
    }
}
