package io.sellercenter.accesstokens.application.service.audit;

import io.sellercenter.accesstokens.application.fake.InMemoryAuditTrail;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventQueryServiceTest {
    private static final SellerId SELLER = new SellerId(UUID.randomUUID());
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final AuditEventQueryService queries = new AuditEventQueryService(trail);

    @Test
    void theTrailIsReadWithTheFilterAndPageAskedFor() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        UserId admin = new UserId(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEvent.change(now.plusSeconds(i), AuditEvent.Action.TOKEN_GENERATED, admin, SELLER,
                    new AccessTokenId(UUID.randomUUID()), RequestOrigin.unknown()));
        }
        trail.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, admin, SELLER,
                new AccessTokenId(UUID.randomUUID()), RequestOrigin.unknown()));

        Page<AuditEvent> page = queries.list(new ListAuditEventsQuery(new AuditEventFilter(SELLER, Optional.empty(),
                Optional.of(AuditEvent.Action.TOKEN_GENERATED), Optional.empty(), Optional.empty()),
                new PageRequest(1, 2)));

        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).extracting(AuditEvent::occurredAt).containsExactly(now);
    }
}
