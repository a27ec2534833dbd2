package io.sellercenter.accesstokens.bootstrap;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/**
 * Verifies the seller portal's pact ({@link SellerPortalPact}, loaded as defined, not from a file another test wrote)
 * against the real service on its own database. The pact's placeholder session is swapped for a real one.
 */
@Provider(SellerPortalPact.PROVIDER)
@PactSource(SellerPortalPact.Loader.class)
class AccessTokensProviderPactTest {
    private static RunningService service;
    private static String operator;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        operator = service.signInAsOperator();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", service.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void seller_portal_pact_holds(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", seller.adminSession());
        context.verifyInteraction();
    }

    @State("a seller admin")
    void aSellerAdmin() {
        seller = SellerFixture.create(service, operator, "Portal Seller");
    }

    @State("a seller admin with an active token")
    Map<String, Object> aSellerAdminWithAnActiveToken() {
        aSellerAdmin();
        ApiClient.Reply generated = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(30) + "\",\"note\":\"ERP sync\"}");
        return Map.of("tokenId", generated.text("id"));
    }
}
