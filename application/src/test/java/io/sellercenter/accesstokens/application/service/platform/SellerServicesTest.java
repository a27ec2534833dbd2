package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.fake.InMemorySellerStore;
import io.sellercenter.accesstokens.application.fake.JournalingTransactions;
import io.sellercenter.accesstokens.application.fake.SeededRandom;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening seller accounts, listing them and looking one up. */
class SellerServicesTest {
    private final List<String> journal = new ArrayList<>();
    private final InMemorySellerStore sellers = new InMemorySellerStore();
    private final JournalingTransactions transactions = new JournalingTransactions(journal);
    private final CreateSellerService create = new CreateSellerService(sellers, new SeededRandom(), transactions);
    private final SellerQueryService queries = new SellerQueryService(sellers);

    @Test
    void aNewSellerGetsAFreshIdAndIsStoredInOneTransaction() {
        Seller first = create.create(new SellerName("Nordic Bikes"));
        Seller second = create.create(new SellerName("Nordic Bikes"));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.name()).isEqualTo(new SellerName("Nordic Bikes"));
        assertThat(journal).containsExactly("begin", "commit", "begin", "commit");
        assertThat(queries.get(first.id())).contains(first);
    }

    @Test
    void sellersAreListedByNameAndAnUnknownIdFindsNone() {
        Seller zulu = create.create(new SellerName("Zulu Outdoor"));
        Seller alpha = create.create(new SellerName("Alpha Goods"));

        assertThat(queries.list()).containsExactly(alpha, zulu);
        assertThat(queries.get(new SellerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void withoutIoASellerComesOnlyFromTheStoresMemory() {
        Seller seller = create.create(new SellerName("Nordic Bikes"));
        SellerQueryService overAStoreWithoutMemory = new SellerQueryService(new SellerStore() {
            @Override
            public void add(Seller ignored) {
            }

            @Override
            public Optional<Seller> find(SellerId id) {
                return Optional.of(seller);
            }

            @Override
            public List<Seller> findAll() {
                return List.of(seller);
            }
        });

        assertThat(queries.getWithoutIo(seller.id())).contains(seller);
        assertThat(overAStoreWithoutMemory.getWithoutIo(seller.id())).isEmpty();
        assertThat(overAStoreWithoutMemory.get(seller.id())).contains(seller);
    }
}
