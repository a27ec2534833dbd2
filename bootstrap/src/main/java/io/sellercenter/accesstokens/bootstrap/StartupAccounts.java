package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.CreateSellerUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.EnsurePlatformOperatorUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.ListSellersUseCase;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The accounts a fresh installation starts with: the platform operator named by
 * {@code ACCESS_TOKENS_BOOTSTRAP_OPERATOR_EMAIL} and {@code _PASSWORD} if they do not exist yet, and, on an empty
 * embedded database, a demo seller with an admin whose sign-in is printed once.
 */
@Context
class StartupAccounts implements ApplicationEventListener<ServerStartupEvent> {
    static final String DEMO_SELLER = "Demo Seller";
    static final String DEMO_ADMIN_EMAIL = "admin@demo-seller.example";
    private static final Logger LOG = LoggerFactory.getLogger(StartupAccounts.class);

    private final EnsurePlatformOperatorUseCase operators;
    private final ListSellersUseCase listSellers;
    private final CreateSellerUseCase createSeller;
    private final AddSellerUserUseCase addUser;
    private final String operatorEmail;
    private final String operatorPassword;
    private final boolean seedDemo;

    StartupAccounts(EnsurePlatformOperatorUseCase operators, ListSellersUseCase listSellers,
                    CreateSellerUseCase createSeller, AddSellerUserUseCase addUser,
                    @Nullable @Value("${access-tokens.bootstrap.operator.email:}") String operatorEmail,
                    @Nullable @Value("${access-tokens.bootstrap.operator.password:}") String operatorPassword,
                    @Value("${access-tokens.demo.seed-when-empty:false}") boolean seedDemo) {
        this.operators = operators;
        this.listSellers = listSellers;
        this.createSeller = createSeller;
        this.addUser = addUser;
        this.operatorEmail = operatorEmail;
        this.operatorPassword = operatorPassword;
        this.seedDemo = seedDemo;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (operatorEmail != null && !operatorEmail.isBlank() && operatorPassword != null && !operatorPassword.isEmpty()) {
            Email email = new Email(operatorEmail);
            if (operators.ensure(email, new NewPassword(operatorPassword))) {
                LOG.info("Created the platform operator {}", email);
            }
        }
        if (seedDemo && listSellers.list().isEmpty()) {
            seedDemoSeller();
        }
    }

    private void seedDemoSeller() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Seller seller = createSeller.create(new SellerName(DEMO_SELLER));
        addUser.add(new AddSellerUserCommand(seller.id(), new Email(DEMO_ADMIN_EMAIL), new NewPassword(password),
                Role.SELLER_ADMIN));
        LOG.info("""
                
                ==================================================================
                 Demo seller "{}" created on the empty embedded database.
                 Sign in as its admin (shown once; store it now):
                   username: {}
                   password: {}
                ==================================================================""",
                DEMO_SELLER, DEMO_ADMIN_EMAIL, password);
    }
}
