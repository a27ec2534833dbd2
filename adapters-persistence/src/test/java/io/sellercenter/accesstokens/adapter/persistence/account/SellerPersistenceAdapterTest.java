package io.sellercenter.accesstokens.adapter.persistence.account;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.contract.SellerStoreContract;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
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

    /**
     * The names changed in the database behind the cache's back: only reading the sellers again can bring them in, and
     * sellers that come due together are read together.
     */
    @Test
    void sellersInUseStayInMemoryPastTheirAgeAndAreReadAgainFromTheDatabase() throws Exception {
        Duration age = Duration.ofSeconds(1);
        String database = PostgresDatabase.freshDatabaseUrl();
        Set<Thread> others = PersistenceContext.liveThreads("seller-refresh");
        Set<Thread> readers;
        try (ApplicationContext node = PersistenceContext.start(database,
                Map.of("access-tokens.cache.seller-max-age", age.toMillis() + "ms"))) {
            SellerStore store = node.getBean(SellerStore.class);
            List<Seller> sellers = List.of(new Seller(new SellerId(UUID.randomUUID()), new SellerName("Old Bikes")),
                    new Seller(new SellerId(UUID.randomUUID()), new SellerName("Old Boards")));
            for (Seller seller : sellers) {
                store.add(seller);
                assertThat(store.find(seller.id())).contains(seller);
                rename(database, seller.id(), "New " + seller.name().text());
            }

            long lookedUpUntil = System.nanoTime() + 3 * age.toNanos();
            while (System.nanoTime() < lookedUpUntil) {
                for (Seller seller : sellers) {
                    assertThat(store.findInMemory(seller.id())).as("in memory at every lookup").isPresent();
                }
                Thread.sleep(20);
            }

            assertThat(sellers).allSatisfy(seller -> assertThat(store.findInMemory(seller.id()).orElseThrow().name())
                    .isEqualTo(new SellerName("New " + seller.name().text())));
            readers = PersistenceContext.liveThreads("seller-refresh");
            readers.removeAll(others);
            assertThat(readers).as("the node's reader").isNotEmpty();
        }
        until("the node's reader ends with the node", () -> readers.stream().noneMatch(Thread::isAlive));
    }

    private static void rename(String database, SellerId seller, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, PostgresDatabase.USER, "");
             PreparedStatement update = connection.prepareStatement("UPDATE seller SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setObject(2, seller.value());
            update.executeUpdate();
        }
    }
}
