package io.sellercenter.accesstokens.bootstrap;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.Consumer;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.Provider;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the seller portal expects of the token API, as a Pact: list, generate and revoke with a session. Defined once,
 * here: {@link SellerPortalConsumerPactTest} checks the portal's side against it on a mock server, and
 * {@link AccessTokensProviderPactTest} verifies it against the running service, each on its own, in any order.
 */
final class SellerPortalPact {
    static final String CONSUMER = "seller-portal";
    static final String PROVIDER = "access-tokens";
    static final String SESSION = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.portal-session";
    static final String EXAMPLE_ID = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    private SellerPortalPact() {
    }

    static RequestResponsePact listTokens(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody();
        tokenFields(page.minArrayLike("items", 1), "ACTIVE|EXPIRED|REVOKED", "ACTIVE").closeObject().closeArray();
        page.integerType("page", 0).integerType("size", 20).integerType("totalItems", 1);
        return builder.given("a seller admin with an active token")
                .uponReceiving("the portal lists the seller's tokens")
                .path("/api/v1/access-tokens").query("page=0&size=20").method("GET")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .willRespondWith().status(200).body(page)
                .toPact();
    }

    static RequestResponsePact generateToken(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody()
                .datetimeExpression("validUntil", "now + 30 days", "yyyy-MM-dd'T'HH:mm:ssXXX")
                .stringValue("note", "ERP sync")
                .array("scopes").stringValue("stock:write").stringValue("orders:read").closeArray()
                .asBody()
                .array("allowedIps").stringValue("203.0.113.0/24").closeArray()
                .asBody();
        PactDslJsonBody created = (PactDslJsonBody) tokenFields(new PactDslJsonBody(), "ACTIVE", "ACTIVE")
                .stringMatcher("token", "sct_[0-9A-Za-z]{36}", "sct_" + "A".repeat(36))
                .array("scopes").stringValue("orders:read").stringValue("stock:read").stringValue("stock:write")
                .closeArray()
                .asBody()
                .array("allowedIps").stringValue("203.0.113.0/24").closeArray();
        return builder.given("a seller admin")
                .uponReceiving("the portal generates a token")
                .path("/api/v1/access-tokens").method("POST")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(request)
                .willRespondWith().status(201).matchHeader("Cache-Control", "no-store", "no-store").body(created)
                .toPact();
    }

    static RequestResponsePact revokeToken(PactDslWithProvider builder) {
        PactDslJsonBody revoked = tokenFields(new PactDslJsonBody(), "REVOKED", "REVOKED")
                .stringMatcher("revokedAt", INSTANT, "2026-11-27T10:00:00Z");
        return builder.given("a seller admin with an active token")
                .uponReceiving("the portal revokes a token")
                .pathFromProviderState("/api/v1/access-tokens/${tokenId}/revoke",
                        "/api/v1/access-tokens/" + EXAMPLE_ID + "/revoke")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .willRespondWith().status(200).body(revoked)
                .toPact();
    }

    private static PactDslJsonBody tokenFields(PactDslJsonBody body, String statusPattern, String status) {
        return body.stringMatcher("id", UUID, EXAMPLE_ID)
                .stringMatcher("tokenHint", "sct_[0-9A-Za-z]{4}…", "sct_Ab12…")
                .stringType("note", "ERP sync")
                .stringMatcher("status", statusPattern, status)
                .stringMatcher("validUntil", INSTANT, "2027-03-01T09:30:00Z")
                .stringMatcher("createdAt", INSTANT, "2026-11-27T09:30:00Z")
                .stringMatcher("createdBy", UUID, EXAMPLE_ID);
    }

    /** The whole pact, every interaction in it. */
    static RequestResponsePact whole() {
        List<Interaction> interactions = new ArrayList<>();
        for (Function<PactDslWithProvider, RequestResponsePact> part : List.<Function<PactDslWithProvider,
                RequestResponsePact>>of(SellerPortalPact::listTokens, SellerPortalPact::generateToken,
                SellerPortalPact::revokeToken)) {
            interactions.addAll(part.apply(ConsumerPactBuilder.consumer(CONSUMER).hasPactWith(PROVIDER))
                    .getInteractions());
        }
        return new RequestResponsePact(new Provider(PROVIDER), new Consumer(CONSUMER), interactions);
    }

    /** Hands the pact to the provider verification straight from {@link #whole()}: no file, no order. */
    public static final class Loader implements PactLoader {
        @Override
        public List<Pact> load(String providerName) {
            return PROVIDER.equals(providerName) ? List.of(whole()) : List.of();
        }

        @Override
        public au.com.dius.pact.core.model.PactSource getPactSource() {
            return UnknownPactSource.INSTANCE;
        }

        @Override
        public String description() {
            return "the seller portal's pact, as SellerPortalPact defines it";
        }
    }
}
