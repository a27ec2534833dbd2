package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.port.in.signin.SignOutCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignOutUseCase;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.EndedSessions;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;

/** Ends the session and records it in the audit trail, in one transaction. */
public final class SignOutService implements SignOutUseCase {
    private final EndedSessions endedSessions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Transactions transactions;

    public SignOutService(EndedSessions endedSessions, AuditTrail audit, TimeSource time, Transactions transactions) {
        this.endedSessions = endedSessions;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
    }

    @Override
    public void signOut(SignOutCommand command) {
        transactions.inTransaction(() -> {
            endedSessions.end(command.session(), command.expiresAt());
            audit.record(new AuditEvent(time.now(), AuditEvent.Action.SIGN_OUT, AuditEvent.user(command.user().id()),
                    command.user().sellerId().orElse(null), null, command.origin(), AuditEvent.Outcome.SUCCESS));
            return null;
        });
    }
}
