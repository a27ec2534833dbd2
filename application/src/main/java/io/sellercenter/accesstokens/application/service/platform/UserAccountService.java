package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserResult;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.EnsurePlatformOperatorUseCase;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;

/** Users who sign in: seller users added by operators, and the platform operator the service starts with. */
public final class UserAccountService implements AddSellerUserUseCase, EnsurePlatformOperatorUseCase {
    private final UserStore users;
    private final SellerStore sellers;
    private final PasswordHasher hasher;
    private final RandomSource random;
    private final Transactions transactions;

    public UserAccountService(UserStore users, SellerStore sellers, PasswordHasher hasher, RandomSource random,
                              Transactions transactions) {
        this.users = users;
        this.sellers = sellers;
        this.hasher = hasher;
        this.random = random;
        this.transactions = transactions;
    }

    @Override
    public AddSellerUserResult add(AddSellerUserCommand command) {
        UserAccount user = new UserAccount(new UserId(random.nextUuid()), command.email(), command.role(),
                command.sellerId(), hasher.hash(command.password()));
        return transactions.inTransaction(() -> {
            if (sellers.find(command.sellerId()).isEmpty()) {
                return new AddSellerUserResult.SellerNotFound();
            }
            return users.addIfEmailFree(user)
                    ? new AddSellerUserResult.Added(UserProfile.of(user))
                    : new AddSellerUserResult.EmailTaken();
        });
    }

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
