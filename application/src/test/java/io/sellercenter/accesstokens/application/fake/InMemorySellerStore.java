package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Seller accounts in a map. */
public final class InMemorySellerStore implements SellerStore {
    private final Map<SellerId, Seller> sellers = new ConcurrentHashMap<>();

    @Override
    public void add(Seller seller) {
        if (sellers.putIfAbsent(seller.id(), seller) != null) {
            throw new IllegalStateException("a seller with this id exists");
        }
    }

    @Override
    public Optional<Seller> find(SellerId id) {
        return Optional.ofNullable(sellers.get(id));
    }

    @Override
    public Optional<Seller> findInMemory(SellerId id) {
        return find(id);
    }

    @Override
    public List<Seller> findAll() {
        return sellers.values().stream().sorted(Comparator.comparing((Seller seller) -> seller.name().text())
                .thenComparing(seller -> seller.id().value())).toList();
    }
}
