package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserResult;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.account.UserProfile;

public final class AddSellerUserService implements AddSellerUserUseCase {
    private final UserStore users;
    private final SellerStore sellers;
    private final PasswordHasher hasher;
    private final RandomSource random;
    private final Transactions transactions;

    public AddSellerUserService(UserStore users, SellerStore sellers, PasswordHasher hasher, RandomSource random,
                                Transactions transactions) {
        this.users = users;
        this.sellers = sellers;
        this.hasher = hasher;
        this.random = random;
        this.transactions = transactions;
    }

    /** Hashes the password before the transaction, so that no connection is held while it runs. */
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
}
