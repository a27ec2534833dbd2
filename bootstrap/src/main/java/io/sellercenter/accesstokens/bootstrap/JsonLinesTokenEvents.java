package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each committed token change as one JSON object per line to the log {@code access-tokens.events}, for a log
 * shipper to take to a SIEM: {@code {"occurredAt", "action", "actor", "sellerId", "tokenId", "clientIp",
 * "userAgent", "outcome"}}, the audit event itself (never a secret). Turned on by configuration alone:
 * {@code ACCESS_TOKENS_EVENTS_JSON_LINES_ENABLED=true}. The worked example of a second adapter in docs/extending.md.
 */
@Singleton
@Requires(property = "access-tokens.events.json-lines.enabled", value = "true")
class JsonLinesTokenEvents implements TokenEvents {
    static final String LOG = "access-tokens.events";
    private final Logger log;
    private final JsonMapper json;

    @Inject
    JsonLinesTokenEvents(JsonMapper json) {
        this(json, LoggerFactory.getLogger(LOG));
    }

    JsonLinesTokenEvents(JsonMapper json, Logger log) {
        this.json = json;
        this.log = log;
    }

    @Override
    public void publish(AuditEvent committed) {
        log.info("{}", line(committed));
    }

    /** The event as one line of JSON; every value is escaped by the JSON writer, so no field can break the line. */
    String line(AuditEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("occurredAt", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        fields.put("action", event.action().name());
        fields.put("actor", event.actor());
        fields.put("sellerId", event.sellerId() == null ? null : event.sellerId().toString());
        fields.put("tokenId", event.tokenId() == null ? null : event.tokenId().toString());
        fields.put("clientIp", event.origin().clientIp());
        fields.put("userAgent", event.origin().userAgent());
        fields.put("outcome", event.outcome().name());
        try {
            return new String(json.writeValueAsBytes(fields), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
