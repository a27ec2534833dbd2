package io.sellercenter.accesstokens.adapter.web.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.swagger.v3.oas.annotations.media.Schema;

/** How an audited event ended, as the API names it: one value for each of the domain's outcomes. */
@Schema(name = "AuditOutcome", description = "How it ended. New values may be added: tolerate ones you do not know.")
enum AuditOutcome {
    SUCCESS(AuditEvent.Outcome.SUCCESS),
    INVALID_CREDENTIALS(AuditEvent.Outcome.INVALID_CREDENTIALS),
    TOO_MANY_ATTEMPTS(AuditEvent.Outcome.TOO_MANY_ATTEMPTS),
    MALFORMED(AuditEvent.Outcome.MALFORMED),
    UNKNOWN(AuditEvent.Outcome.UNKNOWN),
    EXPIRED(AuditEvent.Outcome.EXPIRED),
    REVOKED(AuditEvent.Outcome.REVOKED),
    ADDRESS_NOT_ALLOWED(AuditEvent.Outcome.ADDRESS_NOT_ALLOWED);

    final AuditEvent.Outcome outcome;

    AuditOutcome(AuditEvent.Outcome outcome) {
        this.outcome = outcome;
    }

    static AuditOutcome of(AuditEvent.Outcome outcome) {
        for (AuditOutcome value : values()) {
            if (value.outcome == outcome) {
                return value;
            }
        }
        throw new IllegalArgumentException("no API name for " + outcome);
    }
}
