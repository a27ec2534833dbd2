package io.sellercenter.accesstokens.adapter.web.audit;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid;
import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A seller admin reads their seller's audit trail over HTTP; nobody else does. */
class AuditEventControllerTest {

    private static final String EVENTS = "/api/v1/audit-events";
    private static WebAdapterServer server;
    private static ApiClient api;
    private static InMemoryApplication.SellerUsers seller;
    private static String admin;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        api = server.client();
        seller = server.application().newSeller("Audited Co");
        admin = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy(EVENTS, api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void theTrailShowsWhoDidWhatNewestFirstFilteredAndPaged() {
        String id = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + inDays(9) + "\"}").text("id");
        api.post("/api/v1/access-tokens/" + id + "/revoke", admin, null);

        ApiClient.Reply forToken = api.get(EVENTS + "?tokenId=" + id, admin);
        ApiClient.Reply revocations = api.get(EVENTS + "?action=TOKEN_REVOKED&page=0&size=1", admin);

        assertThat(forToken.status()).isEqualTo(200);
        assertThat(forToken.items()).extracting(event -> event.get("action"))
                .containsExactly("TOKEN_REVOKED", "TOKEN_GENERATED");
        assertThat(forToken.items()).allSatisfy(event -> assertThat(event)
                .containsEntry("sellerId", seller.seller().id().toString()).containsEntry("outcome", "SUCCESS")
                .containsKeys("occurredAt", "actor", "clientIp", "userAgent"));
        assertThat(revocations.json()).containsEntry("page", 0).containsEntry("size", 1);
        assertThat(revocations.items()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "TOKEN_REVOKED"));
    }

    @Test
    void badFiltersAreRefusedByField() {
        assertInvalid(api.get(EVENTS + "?tokenId=nope", admin), "tokenId");
        assertInvalid(api.get(EVENTS + "?action=DELETED", admin), "action");
        assertInvalid(api.get(EVENTS + "?from=yesterday", admin), "from");
        assertInvalid(api.get(EVENTS + "?size=500", admin), "size");
        assertInvalid(api.get(EVENTS + "?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z", admin), "from");
    }

    @Test
    void onlySellerAdminsWithASessionReadTheTrail() {
        String member = api.signIn(seller.memberEmail(), InMemoryApplication.PASSWORD);
        String token = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + inDays(9) + "\"}")
                .text("token");

        assertProblem(api.get(EVENTS, member), 403, "forbidden");
        assertProblem(api.get(EVENTS, "Bearer " + token), 403, "forbidden");
        assertProblem(api.get(EVENTS, null), 401, "unauthorized");
        List<Map<String, Object>> all = api.get(EVENTS + "?size=100", admin).items();
        assertThat(all).isNotEmpty().noneSatisfy(event -> assertThat(String.valueOf(event)).contains(token));
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        Failures.assertPlain500(server.application(), () -> api.get(EVENTS, admin));
    }

    @Test
    void aDatabaseThatIsAwayIs503AndAClientPastItsRefusalsIs429() {
        Failures.assertUnavailable(server.application(), () -> api.get(EVENTS, admin));
        Failures.assertRateLimited(server, client -> client.get(EVENTS, Failures.UNKNOWN_TOKEN));
    }

    private static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
