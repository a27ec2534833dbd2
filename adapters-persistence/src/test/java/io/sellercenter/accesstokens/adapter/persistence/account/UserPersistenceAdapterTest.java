package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.application.port.out.contract.UserStoreContract;
import io.sellercenter.accesstokens.domain.account.SellerId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class UserPersistenceAdapterTest extends UserStoreContract {
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
    protected UserStore users() {
        return context.getBean(UserStore.class);
    }

    @Override
    protected SellerId newSeller() {
        return PersistenceContext.newSeller(context);
    }
}
