package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.ListSellersUseCase;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.List;
import java.util.Optional;

/** What anyone reads about seller accounts. */
public final class SellerQueryService implements ListSellersUseCase, GetSellerUseCase {
    private final SellerStore sellers;

    public SellerQueryService(SellerStore sellers) {
        this.sellers = sellers;
    }

    @Override
    public List<Seller> list() {
        return sellers.findAll();
    }

    @Override
    public Optional<Seller> get(SellerId id) {
        return sellers.find(id);
    }

    @Override
    public Optional<Seller> getWithoutIo(SellerId id) {
        return sellers.findInMemory(id);
    }
}
