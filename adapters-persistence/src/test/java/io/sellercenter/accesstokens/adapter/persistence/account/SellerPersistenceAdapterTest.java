package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.contract.SellerStoreContract;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aSellerOnceFoundIsRememberedSoThatTheNextLookupNeedsNoQuery() {
        Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Cached Bikes"));
        sellers().add(seller);

        assertThat(sellers().findInMemory(seller.id())).isEmpty();
        assertThat(sellers().find(seller.id())).contains(seller);
        assertThat(sellers().findInMemory(seller.id())).contains(seller);
    }
}
