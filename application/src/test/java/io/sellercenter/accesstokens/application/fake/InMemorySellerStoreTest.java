package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.contract.SellerStoreContract;

class InMemorySellerStoreTest extends SellerStoreContract {
    private final InMemorySellerStore sellers = new InMemorySellerStore();

    @Override
    protected SellerStore sellers() {
        return sellers;
    }
}
