package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.contract.SellerStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class SellerPersistenceAdapterTest extends SellerStoreContract {
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = PersistenceContext.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    protected SellerStore sellers() {
        return context.getBean(SellerStore.class);
    }
}
