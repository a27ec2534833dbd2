package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SellerStore} promises. */
public abstract class SellerStoreContract {

    protected abstract SellerStore sellers();

    @Test
    void aSellerIsFoundByItsId() {
        Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Nordic Bikes"));

        sellers().add(seller);

        assertThat(sellers().find(seller.id())).contains(seller);
        assertThat(sellers().find(new SellerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void fromMemoryASellerIsEitherTheOneStoredOrNotKnown() {
        Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Remembered"));
        sellers().add(seller);
        sellers().find(seller.id());

        assertThat(sellers().findInMemory(seller.id())).isIn(Optional.of(seller), Optional.empty());
        assertThat(sellers().findInMemory(new SellerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void allSellersAreListedByName() {
        String tag = UUID.randomUUID().toString();
        Seller zulu = new Seller(new SellerId(UUID.randomUUID()), new SellerName("zz " + tag + " Zulu"));
        Seller alpha = new Seller(new SellerId(UUID.randomUUID()), new SellerName("zz " + tag + " Alpha"));
        sellers().add(zulu);
        sellers().add(alpha);

        assertThat(sellers().findAll()).filteredOn(seller -> seller.name().text().contains(tag))
                .containsExactly(alpha, zulu);
    }

    @Test
    void anIdIsNeverTakenTwice() {
        Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Once"));
        sellers().add(seller);

        assertThatThrownBy(() -> sellers().add(new Seller(seller.id(), new SellerName("Twice"))))
                .isInstanceOf(RuntimeException.class);
        assertThat(sellers().find(seller.id())).contains(seller);
    }
}
