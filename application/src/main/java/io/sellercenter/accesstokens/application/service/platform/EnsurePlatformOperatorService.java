package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.port.in.platform.EnsurePlatformOperatorUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;

public final class EnsurePlatformOperatorService implements EnsurePlatformOperatorUseCase {
    private final UserStore users;
    private final PasswordHasher hasher;
    private final RandomSource random;
    private final Transactions transactions;

    public EnsurePlatformOperatorService(UserStore users, PasswordHasher hasher, RandomSource random,
                                         Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.random = random;
        this.transactions = transactions;
    }

    /** Leaves an existing user of that e-mail alone, whatever their role; nodes starting together add one at most. */
    @Override
    public boolean ensure(Email email, NewPassword password) {
        if (users.findByEmail(email).isPresent()) {
            return false;
        }
        UserAccount operator = new UserAccount(new UserId(random.nextUuid()), email, Role.PLATFORM_OPERATOR, null,
                hasher.hash(password));
        return transactions.inTransaction(() -> users.addIfEmailFree(operator));
    }
}
