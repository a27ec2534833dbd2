package io.sellercenter.accesstokens.application.port.out;

/**
 * Who did what to which token, and when. Written in the same transaction as the change it records, so that neither
 * exists without the other. Never holds a secret.
 */
@FunctionalInterface
public interface AuditTrail {
    void record(AuditEvent event);
}
