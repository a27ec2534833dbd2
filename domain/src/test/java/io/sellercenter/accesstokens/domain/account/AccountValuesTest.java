package io.sellercenter.accesstokens.domain.account;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountValuesTest {

    @Test
    void emailIsLowerCasedAndMustLookLikeOne() {
        assertThat(new Email(" Admin@Example.COM ").address()).isEqualTo("admin@example.com");
        assertThatThrownBy(() -> new Email("admin")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Email("")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void passwordShorterThan12CharactersIsRefusedAndNeverPrinted() {
        assertThatThrownBy(() -> new NewPassword("elevenchars")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("12");
        assertThat(new NewPassword("twelve chars").toString()).doesNotContain("twelve");
    }

    @Test
    void operatorBelongsToNoSellerAndSellerUsersToOne() {
        UserId id = new UserId(UUID.randomUUID());
        Email email = new Email("a@b.example");
        SellerId seller = new SellerId(UUID.randomUUID());

        assertThatThrownBy(() -> new UserAccount(id, email, Role.PLATFORM_OPERATOR, seller, "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount(id, email, Role.SELLER_ADMIN, null, "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new UserAccount(id, email, Role.SELLER_MEMBER, seller, "secret-hash").toString())
                .doesNotContain("secret-hash");
    }

    @Test
    void sellerNameIsRequired() {
        assertThatThrownBy(() -> new SellerName("   ")).isInstanceOf(InvalidInput.class);
        assertThat(new SellerName(" Acme ").text()).isEqualTo("Acme");
    }

    @Test
    void aPasswordCountsCharactersNotUtf16Units() {
        String sixSmiles = "\ud83d\ude00".repeat(6);

        assertThatThrownBy(() -> new NewPassword(sixSmiles)).isInstanceOf(InvalidInput.class);
        assertThat(new NewPassword(sixSmiles.repeat(2)).text()).isEqualTo(sixSmiles.repeat(2));
    }

    @Test
    void anEmailLongerThan254CharactersIsRefusedEvenWithSpacesAround() {
        String address = "a".repeat(240) + "@seller.example";

        assertThatThrownBy(() -> new Email(" " + address)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSellerNameOfSpacesOfAnyKindIsEmpty() {
        assertThatThrownBy(() -> new SellerName("\u00a0\u2007")).isInstanceOf(InvalidInput.class);
    }
}
