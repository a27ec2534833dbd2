package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.port.out.contract.UserStoreContract;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.UUID;

class InMemoryUserStoreTest extends UserStoreContract {
    private final InMemoryUserStore users = new InMemoryUserStore();

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected SellerId newSeller() {
        return new SellerId(UUID.randomUUID());
    }
}
