package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link AuditTrail} promises. An implementation's test extends this class and says how to reach the trail,
 * how to make a seller it knows, and how to write what {@link AuditTrail#recordSoon} left waiting.
 */
public abstract class AuditTrailContract {
    private static final RequestOrigin ORIGIN = new RequestOrigin("192.0.2.7", "agent/1.0");

    protected abstract AuditTrail trail();

    /** A seller the trail may record events of, new for each call. */
    protected abstract SellerId newSeller();

    /** Writes the events that wait after {@link AuditTrail#recordSoon}, as the trail would soon by itself. */
    protected abstract void flushPending();

    private Instant now;
    private SellerId seller;
    private final UserId admin = new UserId(UUID.randomUUID());
    private final AccessTokenId token = new AccessTokenId(UUID.randomUUID());
    private final AccessTokenId otherToken = new AccessTokenId(UUID.randomUUID());

    @BeforeEach
    void newSeller_() {
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        seller = newSeller();
    }

    @Test
    void anEventIsReadBackAsItWasRecorded() {
        AuditEvent event = AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, admin, seller, token, ORIGIN);

        trail().record(event);

        assertThat(page(AuditEventFilter.all(seller), 0, 10).items()).containsExactly(event);
    }

    @Test
    void eventsArePagedNewestFirstAndFilteredWithinOneSeller() {
        trail().record(AuditEvent.change(now, AuditEvent.Action.TOKEN_GENERATED, admin, seller, token, ORIGIN));
        trail().record(AuditEvent.change(now.plusSeconds(1), AuditEvent.Action.TOKEN_REVOKED, admin, seller, token,
                ORIGIN));
        trail().record(AuditEvent.change(now.plusSeconds(2), AuditEvent.Action.TOKEN_GENERATED, admin, seller,
                otherToken, ORIGIN));
        AuditEvent refused = new AuditEvent(now.plusSeconds(3), AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED,
                AuditEvent.token(token), seller, token, ORIGIN, AuditEvent.Outcome.REVOKED);
        trail().recordSoon(refused);
        flushPending();
        SellerId stranger = newSeller();

        assertThat(actions(AuditEventFilter.all(seller))).containsExactly(
                AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED, AuditEvent.Action.TOKEN_GENERATED,
                AuditEvent.Action.TOKEN_REVOKED, AuditEvent.Action.TOKEN_GENERATED);
        assertThat(page(filter(Optional.of(token), Optional.empty(), Optional.empty(), Optional.empty()), 0, 10)
                .items()).hasSize(3).allSatisfy(event -> assertThat(event.tokenId()).isEqualTo(token));
        assertThat(actions(filter(Optional.empty(), Optional.of(AuditEvent.Action.TOKEN_GENERATED), Optional.empty(),
                Optional.empty()))).hasSize(2);
        assertThat(page(filter(Optional.empty(), Optional.empty(), Optional.of(now.plusSeconds(1)),
                Optional.of(now.plusSeconds(2))), 0, 10).items()).extracting(AuditEvent::occurredAt)
                .as("from and to are inclusive").containsExactly(now.plusSeconds(2), now.plusSeconds(1));
        assertThat(page(AuditEventFilter.all(stranger), 0, 10).items()).isEmpty();
        assertThat(page(AuditEventFilter.all(seller), 0, 10).items().get(0)).isEqualTo(refused);
        Page<AuditEvent> second = page(AuditEventFilter.all(seller), 1, 3);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.items()).hasSize(1);
    }

    @Test
    void anEventWithoutSellerTokenOrActorIsKeptButListedForNoSeller() {
        trail().recordSoon(new AuditEvent(now, AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED, null, null, null,
                RequestOrigin.unknown(), AuditEvent.Outcome.MALFORMED));
        flushPending();

        assertThat(page(AuditEventFilter.all(seller), 0, 10).items()).isEmpty();
    }

    @Test
    void refusalsAlikeInOneMinuteAreKeptAsOneEventWithHowManyThereWere() {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        trail().recordSoon(refusal(minute.plusSeconds(20), "192.0.2.7", "agent/2", AuditEvent.Outcome.REVOKED));
        trail().recordSoon(refusal(minute.plusSeconds(5), "192.0.2.7", "agent/1", AuditEvent.Outcome.REVOKED));
        trail().recordSoon(refusal(minute.plusSeconds(6), "192.0.2.7", "agent/1", AuditEvent.Outcome.EXPIRED));
        trail().recordSoon(refusal(minute.plusSeconds(7), "198.51.100.1", "agent/1", AuditEvent.Outcome.REVOKED));
        trail().recordSoon(refusal(minute.plusSeconds(65), "192.0.2.7", "agent/1", AuditEvent.Outcome.REVOKED));
        flushPending();
        trail().recordSoon(refusal(minute.plusSeconds(50), "192.0.2.7", "agent/3", AuditEvent.Outcome.REVOKED));
        flushPending();

        assertThat(page(AuditEventFilter.all(seller), 0, 10).items())
                .extracting(AuditEvent::occurredAt, event -> event.origin().clientIp(), AuditEvent::outcome,
                        AuditEvent::occurrences)
                .containsExactly(
                        tuple(minute.plusSeconds(65), "192.0.2.7", AuditEvent.Outcome.REVOKED, 1),
                        tuple(minute.plusSeconds(7), "198.51.100.1", AuditEvent.Outcome.REVOKED, 1),
                        tuple(minute.plusSeconds(6), "192.0.2.7", AuditEvent.Outcome.EXPIRED, 1),
                        tuple(minute.plusSeconds(5), "192.0.2.7", AuditEvent.Outcome.REVOKED, 3));
    }

    private AuditEvent refusal(Instant at, String clientIp, String userAgent, AuditEvent.Outcome outcome) {
        return new AuditEvent(at, AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED, AuditEvent.token(token), seller, token,
                new RequestOrigin(clientIp, userAgent), outcome);
    }

    private List<AuditEvent.Action> actions(AuditEventFilter filter) {
        return page(filter, 0, 10).items().stream().map(AuditEvent::action).toList();
    }

    private AuditEventFilter filter(Optional<AccessTokenId> tokenId, Optional<AuditEvent.Action> action,
                                    Optional<Instant> from, Optional<Instant> to) {
        return new AuditEventFilter(seller, tokenId, action, from, to);
    }

    private Page<AuditEvent> page(AuditEventFilter filter, int page, int size) {
        return trail().page(filter, new PageRequest(page, size));
    }
}
