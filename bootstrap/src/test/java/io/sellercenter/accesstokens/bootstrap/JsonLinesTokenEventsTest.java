package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.sellercenter.accesstokens.application.port.out.contract.TokenEventsContract;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-lines listener, the worked example of docs/extending.md, keeps the token events' promises beside the
 * metrics listener: every change is one JSON object on one line, whatever its fields hold.
 */
class JsonLinesTokenEventsTest extends TokenEventsContract {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final Logger log = new LoggerContext().getLogger(JsonLinesTokenEvents.LOG);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private JsonLinesTokenEvents events;

    @Override
    protected TokenEvents events() {
        if (events == null) {
            lines.start();
            log.addAppender(lines);
            log.setLevel(Level.INFO);
            events = new JsonLinesTokenEvents(JSON, log);
        }
        return events;
    }

    @AfterEach
    void stopCapturing() {
        lines.stop();
    }

    @Override
    protected long generatedHeard() {
        events();
        return lines.list.stream().filter(line -> line.getFormattedMessage()
                .contains("\"action\":\"TOKEN_GENERATED\"")).count();
    }

    @Test
    void eachChangeIsOneParsableLineWithEveryFieldOfItsAuditEvent() throws IOException {
        AuditEvent revoked = new AuditEvent(Instant.parse("2027-01-02T03:04:05.123456Z"),
                AuditEvent.Action.TOKEN_REVOKED, AuditEvent.user(new UserId(UUID.randomUUID())),
                new SellerId(UUID.randomUUID()), new AccessTokenId(UUID.randomUUID()),
                new RequestOrigin("203.0.113.7", "agent\"}\n{\"forged\":true"), AuditEvent.Outcome.SUCCESS);

        events().publish(revoked);

        assertThat(lines.list).singleElement().satisfies(line -> {
            String text = line.getFormattedMessage();
            assertThat(text).doesNotContain("\n");
            Map<String, Object> fields = JSON.readValue(text,
                    Argument.mapOf(String.class, Object.class));
            assertThat(fields).containsEntry("occurredAt", "2027-01-02T03:04:05.123456Z")
                    .containsEntry("action", "TOKEN_REVOKED").containsEntry("actor", revoked.actor())
                    .containsEntry("sellerId", revoked.sellerId().toString())
                    .containsEntry("tokenId", revoked.tokenId().toString())
                    .containsEntry("clientIp", "203.0.113.7").containsEntry("outcome", "SUCCESS")
                    .doesNotContainKey("forged");
            assertThat(fields.get("userAgent").toString()).startsWith("agent\"}");
        });
    }
}
