package io.sellercenter.accesstokens.adapter.web.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an audit event records, as the API names it: one value for each of the domain's actions. */
@Schema(name = "AuditAction", description = "What happened.")
enum AuditAction {
    TOKEN_GENERATED(AuditEvent.Action.TOKEN_GENERATED),
    TOKEN_REVOKED(AuditEvent.Action.TOKEN_REVOKED),
    TOKEN_RENEWED(AuditEvent.Action.TOKEN_RENEWED),
    SIGN_IN(AuditEvent.Action.SIGN_IN),
    TOKEN_AUTHENTICATION_FAILED(AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED),
    SIGN_OUT(AuditEvent.Action.SIGN_OUT);

    final AuditEvent.Action action;

    AuditAction(AuditEvent.Action action) {
        this.action = action;
    }

    static AuditAction of(AuditEvent.Action action) {
        for (AuditAction value : values()) {
            if (value.action == action) {
                return value;
            }
        }
        throw new IllegalArgumentException("no API name for " + action);
    }
}
