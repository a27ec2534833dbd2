package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.application.port.out.account.SellerStore;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The persistence adapter as the service runs it: its beans, Flyway's schema, on a fresh real database. */
public final class PersistenceContext {
    private PersistenceContext() {
    }

    public static ApplicationContext start() {
        return start(PostgresDatabase.freshDatabaseUrl());
    }

    /** On the database at {@code jdbcUrl}, as a second node would share it. */
    public static ApplicationContext start(String jdbcUrl) {
        return start(jdbcUrl, Map.of());
    }

    /** On the database at {@code jdbcUrl}, with {@code settings} of the service's own as well. */
    public static ApplicationContext start(String jdbcUrl, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.putAll(Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", true));
        return ApplicationContext.run(all);
    }

    /** A new seller row, which tokens, users and audit events refer to. */
    public static SellerId newSeller(ApplicationContext context) {
        Seller seller = new Seller(new SellerId(UUID.randomUUID()), new SellerName("Seller " + UUID.randomUUID()));
        context.getBean(SellerStore.class).add(seller);
        return seller.id();
    }

    /** A new seller admin of {@code seller}, who may create its tokens. */
    public static UserId newAdmin(ApplicationContext context, SellerId seller) {
        UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()),
                new Email("admin-" + UUID.randomUUID() + "@example.com"), Role.SELLER_ADMIN, seller, "hash");
        context.getBean(UserStore.class).addIfEmailFree(admin);
        return admin.id();
    }

    /** The live threads named {@code name}, of any context: take them before a node starts to tell its own apart. */
    public static Set<Thread> liveThreads(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals(name))
                .collect(Collectors.toSet());
    }
}
