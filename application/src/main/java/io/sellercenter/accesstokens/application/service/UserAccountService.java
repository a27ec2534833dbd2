package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.AddSellerUserResult;
import io.sellercenter.accesstokens.application.port.in.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.in.EnsurePlatformOperatorUseCase;
import io.sellercenter.accesstokens.application.port.in.SignedInUser;
import io.sellercenter.accesstokens.application.port.out.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.SellerStore;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.UserStore;
import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.NewPassword;
import io.sellercenter.accesstokens.domain.Role;
import io.sellercenter.accesstokens.domain.UserAccount;
import io.sellercenter.accesstokens.domain.UserId;

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
                    ? new AddSellerUserResult.Added(SignedInUser.of(user))
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
