package io.sellercenter.accesstokens.application.port.out.token;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;

import java.util.List;

/**
 * Hears of each change to a token (generated, revoked, renewed) once it is committed, as the audit event that records
 * it: for metrics, notifications, a security information and event management (SIEM) system. Called after the
 * transaction, never for a change that rolled back; must return at once (no I/O on the caller's thread) and must not
 * throw. Every implementation on the classpath hears every change.
 */
@FunctionalInterface
public interface TokenEvents {
    void publish(AuditEvent committed);

    /**
     * One {@code TokenEvents} that passes each event to all of {@code listeners}, in order. A listener that throws
     * anyway is reported and skipped: the change it was told of has committed and stays so.
     */
    static TokenEvents toAll(List<? extends TokenEvents> listeners) {
        List<TokenEvents> all = List.copyOf(listeners);
        System.Logger log = System.getLogger(TokenEvents.class.getName());
        return event -> {
            for (TokenEvents listener : all) {
                try {
                    listener.publish(event);
                } catch (RuntimeException e) {
                    log.log(System.Logger.Level.WARNING, "A token event listener failed ({0}); the change stands",
                            e.getClass().getSimpleName());
                }
            }
        };
    }
}
