package io.sellercenter.accesstokens.application.fake;

import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.contract.AccessTokenStoreContract;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;

import java.util.ArrayList;
import java.util.UUID;

/** The fake the service tests stand on keeps the promises of the real store. */
class InMemoryAccessTokenStoreTest extends AccessTokenStoreContract {
    private final InMemoryAccessTokenStore store = new InMemoryAccessTokenStore();
    private final JournalingTransactions transactions = new JournalingTransactions(new ArrayList<>());

    @Override
    protected AccessTokenStore store() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected Owner newOwner() {
        return new Owner(new SellerId(UUID.randomUUID()), new UserId(UUID.randomUUID()));
    }
}
