package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellercenter.accesstokens.application.port.out.contract.TokenEventsContract;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics listener keeps the token events' promises and counts what operators watch. */
class MeteredTokenEventsTest extends TokenEventsContract {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeteredTokenEvents events = new MeteredTokenEvents(registry);

    @Override
    protected TokenEvents events() {
        return events;
    }

    @Override
    protected long generatedHeard() {
        return (long) registry.get("access_tokens.generated").counter().count();
    }

    @Test
    void revocationsCountRenewalsToo() {
        events.publish(change(AuditEvent.Action.TOKEN_REVOKED));
        events.publish(change(AuditEvent.Action.TOKEN_RENEWED));
        events.publish(change(AuditEvent.Action.TOKEN_GENERATED));

        assertThat(registry.get("access_tokens.revoked").counter().count()).isEqualTo(2);
        assertThat(registry.get("access_tokens.generated").counter().count()).isEqualTo(1);
    }

    private static AuditEvent change(AuditEvent.Action action) {
        return AuditEvent.change(Instant.now(), action, new UserId(UUID.randomUUID()), new SellerId(UUID.randomUUID()),
                new AccessTokenId(UUID.randomUUID()), RequestOrigin.unknown());
    }
}
