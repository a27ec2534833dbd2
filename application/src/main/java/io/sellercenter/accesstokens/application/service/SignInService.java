package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.SignInUseCase;
import io.sellercenter.accesstokens.application.port.in.SignedInUser;
import io.sellercenter.accesstokens.application.port.out.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.UserStore;
import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.InvalidInput;
import io.sellercenter.accesstokens.domain.NewPassword;
import io.sellercenter.accesstokens.domain.UserAccount;

import java.util.Optional;

public final class SignInService implements SignInUseCase {
    private final UserStore users;
    private final PasswordHasher hasher;
    /** Checked against when the e-mail is unknown, so that refusing it takes as long as a wrong password. */
    private final String decoyHash;

    public SignInService(UserStore users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash(new NewPassword("decoy password that matches nobody"));
    }

    @Override
    public Optional<SignedInUser> signIn(SignInCommand command) {
        Optional<UserAccount> user = findUser(command.username());
        String hash = user.map(UserAccount::passwordHash).orElse(decoyHash);
        boolean matches = hasher.matches(command.password(), hash);
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
