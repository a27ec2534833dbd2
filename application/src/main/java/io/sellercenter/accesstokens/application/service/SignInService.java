package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.SignInUseCase;
import io.sellercenter.accesstokens.application.port.in.SignedInUser;
import io.sellercenter.accesstokens.application.port.in.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.UserStore;
import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.InvalidInput;
import io.sellercenter.accesstokens.domain.NewPassword;
import io.sellercenter.accesstokens.domain.UserAccount;

import java.util.Optional;

public final class SignInService implements SignInUseCase {
    private final UserStore users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final TimeSource time;
    /** Checked against when the e-mail is unknown, so that refusing it takes as long as a wrong password. */
    private final String decoyHash;

    public SignInService(UserStore users, PasswordHasher hasher, AuditTrail audit, TimeSource time) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.time = time;
        this.decoyHash = hasher.hash(new NewPassword("decoy password that matches nobody"));
    }

    @Override
    public Optional<SignedInUser> signIn(SignInCommand command) {
        Optional<UserAccount> user = findUser(command.username());
        String hash = user.map(UserAccount::passwordHash).orElse(decoyHash);
        boolean matches = hasher.matches(command.password(), hash) && user.isPresent();
        audit.record(new AuditEvent(time.now(), AuditEvent.Action.SIGN_IN,
                user.map(u -> AuditEvent.user(u.id())).orElse(null), user.flatMap(UserAccount::sellerId).orElse(null),
                null, command.origin(), matches ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.INVALID_CREDENTIALS));
        return matches ? user.map(SignedInUser::of) : Optional.empty();
    }

    private Optional<UserAccount> findUser(String username) {
        try {
            return users.findByEmail(new Email(username));
        } catch (InvalidInput notAnEmail) {
            return Optional.empty();
        }
    }
}
