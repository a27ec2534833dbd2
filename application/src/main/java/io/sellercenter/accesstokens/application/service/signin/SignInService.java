package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.time.Instant;
import java.util.Optional;

public final class SignInService implements SignInUseCase {
    private final UserStore users;
    private final PasswordHasher hasher;
    private final FailedSignIns failures;
    private final SignInLockout lockout;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Transactions transactions;
    /** Checked against when the e-mail is unknown, so that refusing it takes as long as a wrong password. */
    private final String decoyHash;

    public SignInService(UserStore users, PasswordHasher hasher, FailedSignIns failures, SignInLockout lockout,
                         AuditTrail audit, TimeSource time, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.failures = failures;
        this.lockout = lockout;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
        this.decoyHash = hasher.hash(new NewPassword("decoy password that matches nobody"));
    }

    /** The failure count and its audit event are written in one transaction, as are the reset and its event. */
    @Override
    public SignInResult signIn(SignInCommand command) {
        String account = Email.normalized(command.username());
        Optional<UserAccount> user = findUser(command.username());
        Instant now = time.now();
        Optional<Instant> lockedUntil = failures.find(account)
                .flatMap(row -> lockout.lockedUntil(row.failures(), row.lastFailureAt(), now));
        if (lockedUntil.isPresent()) {
            audit.recordSoon(event(now, user, command, AuditEvent.Outcome.TOO_MANY_ATTEMPTS));
            return new SignInResult.LockedOut(lockedUntil.get());
        }
        String hash = user.map(UserAccount::passwordHash).orElse(decoyHash);
        boolean matches = hasher.matches(command.password(), hash) && user.isPresent();
        return transactions.inTransaction(() -> {
            if (matches) {
                failures.clear(account);
                audit.record(event(now, user, command, AuditEvent.Outcome.SUCCESS));
                return new SignInResult.SignedIn(UserProfile.of(user.get()));
            }
            failures.add(account, now, lockout.rowContinuesAfter(now));
            audit.record(event(now, user, command, AuditEvent.Outcome.INVALID_CREDENTIALS));
            return new SignInResult.Refused();
        });
    }

    private static AuditEvent event(Instant now, Optional<UserAccount> user, SignInCommand command,
                                    AuditEvent.Outcome outcome) {
        return new AuditEvent(now, AuditEvent.Action.SIGN_IN, user.map(u -> AuditEvent.user(u.id())).orElse(null),
                user.flatMap(UserAccount::sellerId).orElse(null), null, command.origin(), outcome);
    }

    private Optional<UserAccount> findUser(String username) {
        try {
            return users.findByEmail(new Email(username));
        } catch (InvalidInput notAnEmail) {
            return Optional.empty();
        }
    }
}
