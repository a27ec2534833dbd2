package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.SessionId;
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
    private final RandomSource random;
    /**
     * Checked against when the e-mail is unknown, so that refusing it takes as long as a wrong password. It is made by
     * the first sign-in, not at start: a hash is deliberately slow, and a node need not pay it before it serves.
     */
    private volatile String decoyHash;

    public SignInService(UserStore users, PasswordHasher hasher, FailedSignIns failures, SignInLockout lockout,
                         AuditTrail audit, TimeSource time, Transactions transactions, RandomSource random) {
        this.random = random;
        this.users = users;
        this.hasher = hasher;
        this.failures = failures;
        this.lockout = lockout;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
    }

    /**
     * Counts the attempt as a failure before the password is checked, so that parallel guesses cannot get past the
     * lockout together; a sign-in that succeeds then ends the row, in one transaction with its audit event.
     */
    @Override
    public SignInResult signIn(SignInCommand command) {
        String decoy = decoyHash();
        String account = Email.normalized(command.username());
        Optional<UserAccount> user = findUser(command.username());
        Instant now = time.now();
        if (!failures.reserveAttempt(account, now, lockout)) {
            audit.recordSoon(event(now, user, command, AuditEvent.Outcome.TOO_MANY_ATTEMPTS));
            return new SignInResult.LockedOut(lockedUntil(account, now));
        }
        String hash = user.map(UserAccount::passwordHash).orElse(decoy);
        if (hasher.matches(command.password(), hash) && user.isPresent()) {
            return transactions.inTransaction(() -> {
                failures.clear(account);
                audit.record(event(now, user, command, AuditEvent.Outcome.SUCCESS));
                return new SignInResult.SignedIn(UserProfile.of(user.get()), new SessionId(random.nextUuid()));
            });
        }
        audit.record(event(now, user, command, AuditEvent.Outcome.INVALID_CREDENTIALS));
        return new SignInResult.Refused();
    }

    /**
     * The decoy, made on the first call whoever signs in, so that the first sign-in after a start pays for it whether
     * or not its e-mail is known, and its time reveals nothing either. Two first sign-ins at once may both make one.
     */
    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash(new NewPassword("decoy password that matches nobody"));
            decoyHash = decoy;
        }
        return decoy;
    }

    /** When the lockout that refused an attempt ends (a full lockout from now, if the row ended meanwhile). */
    private Instant lockedUntil(String account, Instant now) {
        return failures.find(account)
                .flatMap(row -> lockout.lockedUntil(row.failures(), row.lastFailureAt(), now))
                .orElse(now.plus(lockout.duration()));
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
