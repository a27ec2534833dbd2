package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events waiting to be written, counted by {@link Kind}: however many arrive, one entry per kind and minute waits. At
 * most {@code access-tokens.audit.queue-capacity} kinds wait; past that, events of new kinds are dropped and counted.
 */
@Context
class AlikeEvents {
    private final Map<Kind, Tally> waiting = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();

    AlikeEvents(@Value("${access-tokens.audit.queue-capacity:10000}") int capacity) {
        this.capacity = (int) Setting.atLeast("access-tokens.audit.queue-capacity", capacity, 1);
    }

    void add(AuditEvent event) {
        Kind kind = Kind.of(event);
        if (waiting.size() >= capacity && !waiting.containsKey(kind)) {
            dropped.incrementAndGet();
            return;
        }
        waiting.merge(kind, new Tally(kind, event.occurredAt(), event.origin().userAgent(), event.occurrences()),
                Tally::plus);
    }

    /** Takes everything that waits. */
    List<Tally> drain() {
        List<Tally> taken = new ArrayList<>();
        for (Kind kind : List.copyOf(waiting.keySet())) {
            Tally tally = waiting.remove(kind);
            if (tally != null) {
                taken.add(tally);
            }
        }
        return taken;
    }

    /** Puts back what could not be written, with what arrived meanwhile: nothing taken is ever dropped. */
    void putBack(List<Tally> tallies) {
        tallies.forEach(tally -> waiting.merge(tally.kind(), tally, Tally::plus));
    }

    int size() {
        return waiting.size();
    }

    long dropped() {
        return dropped.get();
    }

    /** All that makes two events alike: everything but their time within the minute and their user agent. */
    record Kind(Instant minute, String action, String actor, UUID sellerId, UUID tokenId, String clientIp,
                String outcome) {
        static Kind of(AuditEvent event) {
            return new Kind(AuditTrailPersistenceAdapter.minuteOf(event.occurredAt()), event.action().name(),
                    event.actor(), event.sellerId() == null ? null : event.sellerId().value(),
                    event.tokenId() == null ? null : event.tokenId().value(), event.origin().clientIp(),
                    event.outcome().name());
        }
    }

    /** How many events of a kind there were: dated by, and with the user agent of, the first. */
    record Tally(Kind kind, Instant firstAt, String userAgent, int occurrences) {
        Tally plus(Tally other) {
            Tally first = other.firstAt.isBefore(firstAt) ? other : this;
            return new Tally(kind, first.firstAt, first.userAgent, occurrences + other.occurrences);
        }
    }
}
