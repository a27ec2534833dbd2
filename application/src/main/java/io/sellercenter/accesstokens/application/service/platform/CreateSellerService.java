package io.sellercenter.accesstokens.application.service.platform;

import io.sellercenter.accesstokens.application.port.in.platform.CreateSellerUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;

public final class CreateSellerService implements CreateSellerUseCase {
    private final SellerStore sellers;
    private final RandomSource random;
    private final Transactions transactions;

    public CreateSellerService(SellerStore sellers, RandomSource random, Transactions transactions) {
        this.sellers = sellers;
        this.random = random;
        this.transactions = transactions;
    }

    @Override
    public Seller create(SellerName name) {
        Seller seller = new Seller(new SellerId(random.nextUuid()), name);
        return transactions.inTransaction(() -> {
            sellers.add(seller);
            return seller;
        });
    }
}
