package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.fake.FastPasswordHasher;
import io.sellercenter.accesstokens.application.fake.InMemorySellerStore;
import io.sellercenter.accesstokens.application.fake.InMemoryUserStore;
import io.sellercenter.accesstokens.application.fake.JournalingTransactions;
import io.sellercenter.accesstokens.application.fake.SeededRandom;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserResult;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users who sign in: seller users added by operators, and the platform operator the service starts with. */
class SellerUserServicesTest {
    private static final NewPassword PASSWORD = new NewPassword("a long enough secret");
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemorySellerStore sellers = new InMemorySellerStore();
    private final FastPasswordHasher hasher = new FastPasswordHasher();
    private final SeededRandom random = new SeededRandom();
    private final JournalingTransactions transactions = new JournalingTransactions(new ArrayList<>());
    private final AddSellerUserService addUser = new AddSellerUserService(users, sellers, hasher, random,
            transactions);
    private final EnsurePlatformOperatorService operators = new EnsurePlatformOperatorService(users, hasher, random,
            transactions);
    private final Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Nordic Bikes"));

    @Test
    void anAddedUserBelongsToTheSellerAndKeepsOnlyAHashOfTheirPassword() {
        sellers.add(seller);

        AddSellerUserResult result = addUser.add(new AddSellerUserCommand(seller.id(), new Email("Owner@Nordic.example"),
                PASSWORD, Role.SELLER_ADMIN));

        AddSellerUserResult.Added added = (AddSellerUserResult.Added) result;
        assertThat(added.user().email()).isEqualTo(new Email("owner@nordic.example"));
        assertThat(added.user().role()).isEqualTo(Role.SELLER_ADMIN);
        assertThat(added.user().sellerId()).contains(seller.id());
        UserAccount stored = users.findByEmail(new Email("owner@nordic.example")).orElseThrow();
        assertThat(stored.id()).isEqualTo(added.user().id());
        assertThat(stored.passwordHash()).doesNotContain(PASSWORD.text());
        assertThat(hasher.matches(PASSWORD.text(), stored.passwordHash())).isTrue();
    }

    @Test
    void aTakenEmailAndAnUnknownSellerAreRefused() {
        sellers.add(seller);
        AddSellerUserCommand command = new AddSellerUserCommand(seller.id(), new Email("twin@nordic.example"),
                PASSWORD, Role.SELLER_MEMBER);
        addUser.add(command);

        assertThat(addUser.add(command)).isInstanceOf(AddSellerUserResult.EmailTaken.class);
        assertThat(addUser.add(new AddSellerUserCommand(new SellerId(UUID.randomUUID()),
                new Email("new@nordic.example"), PASSWORD, Role.SELLER_ADMIN)))
                .isInstanceOf(AddSellerUserResult.SellerNotFound.class);
        assertThat(users.findByEmail(new Email("new@nordic.example"))).isEmpty();
    }

    @Test
    void onlySellerRolesCanBeGivenToASellersUser() {
        assertThatThrownBy(() -> new AddSellerUserCommand(seller.id(), new Email("op@nordic.example"), PASSWORD,
                Role.PLATFORM_OPERATOR)).isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("role");
    }

    @Test
    void theOperatorIsCreatedOnceAndAnExistingUserIsLeftAlone() {
        Email email = new Email("operator@platform.example");

        assertThat(operators.ensure(email, PASSWORD)).isTrue();
        String hash = users.findByEmail(email).orElseThrow().passwordHash();
        assertThat(operators.ensure(email, new NewPassword("a different password"))).isFalse();

        UserAccount operator = users.findByEmail(email).orElseThrow();
        assertThat(operator.role()).isEqualTo(Role.PLATFORM_OPERATOR);
        assertThat(operator.sellerId()).isEmpty();
        assertThat(operator.passwordHash()).isEqualTo(hash);
    }
}
