package io.sellercenter.accesstokens.adapter.web.platform;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid;
import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform operator's API over HTTP: sellers and their users, for operators only. */
class PlatformControllerTest {

    private static final String SELLERS = "/api/v1/platform/sellers";
    private static final String USER = "{\"email\":\"%s\",\"password\":\"a long enough secret\",\"role\":\"%s\"}";
    private static WebAdapterServer server;
    private static ApiClient api;
    private static String operator;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        api = server.client();
        operator = api.signIn(InMemoryApplication.OPERATOR_EMAIL, InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy("/api/v1/platform", api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void theOperatorOpensASellerAndGivesItUsersWhoCanSignIn() {
        ApiClient.Reply seller = api.post(SELLERS, operator, "{\"name\":\"Nordic Bikes\"}");
        ApiClient.Reply user = api.post(SELLERS + "/" + seller.text("id") + "/users", operator,
                USER.formatted("Owner@Nordic.example", "ADMIN"));

        assertThat(seller.status()).isEqualTo(201);
        assertThat(seller.header("Location")).isEqualTo(SELLERS + "/" + seller.text("id"));
        assertThat(user.status()).isEqualTo(201);
        assertThat(user.json()).containsEntry("email", "owner@nordic.example").containsEntry("role", "ADMIN")
                .containsEntry("sellerId", seller.text("id")).doesNotContainKey("password");
        assertThat(api.get(SELLERS, operator).items()).extracting(item -> item.get("name")).contains("Nordic Bikes");
        assertThat(api.signIn("owner@nordic.example", "a long enough secret")).startsWith("Bearer ");
    }

    @Test
    void badInputIsRefusedByFieldAndAnUnknownSellerIsNotFound() {
        String users = SELLERS + "/" + api.post(SELLERS, operator, "{\"name\":\"Strict Co\"}").text("id") + "/users";

        assertInvalid(api.post(SELLERS, operator, "{\"name\":\"  \"}"), "name");
        assertInvalid(api.post(users, operator, USER.formatted("a@strict.example", "OWNER")), "role");
        assertInvalid(api.post(users, operator, USER.formatted("not-an-email", "ADMIN")), "email");
        assertInvalid(api.post(users, operator,
                "{\"email\":\"a@strict.example\",\"password\":\"short\",\"role\":\"ADMIN\"}"), "password");
        assertProblem(api.post(SELLERS + "/00000000-0000-0000-0000-000000000000/users", operator,
                USER.formatted("a@strict.example", "ADMIN")), 404, "not-found");
    }

    @Test
    void aTakenEmailIsAConflict() {
        String users = SELLERS + "/" + api.post(SELLERS, operator, "{\"name\":\"Twin Co\"}").text("id") + "/users";
        assertThat(api.post(users, operator, USER.formatted("twin@twin.example", "MEMBER")).status()).isEqualTo(201);

        assertProblem(api.post(users, operator, USER.formatted("twin@twin.example", "ADMIN")), 409, "email-taken");
    }

    @Test
    void onlyTheOperatorMayUseThePlatformApi() {
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Curious Co");
        String admin = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        String users = SELLERS + "/" + seller.seller().id() + "/users";

        for (String caller : new String[]{admin, null}) {
            int status = caller == null ? 401 : 403;
            assertProblem(api.get(SELLERS, caller), status, null);
            assertProblem(api.post(SELLERS, caller, "{\"name\":\"Mine\"}"), status, null);
            assertProblem(api.post(users, caller, USER.formatted("x@curious.example", "ADMIN")), status, null);
        }
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        String users = SELLERS + "/" + api.post(SELLERS, operator, "{\"name\":\"Fragile Co\"}").text("id") + "/users";
        var app = server.application();

        Failures.assertPlain500(app, () -> api.post(SELLERS, operator, "{\"name\":\"Mine\"}"));
        Failures.assertPlain500(app, () -> api.get(SELLERS, operator));
        Failures.assertPlain500(app, () -> api.post(users, operator, USER.formatted("x@fragile.example", "ADMIN")));
    }

    @Test
    void aDatabaseThatIsAwayIs503AndAClientPastItsRefusalsIs429() {
        String users = SELLERS + "/" + api.post(SELLERS, operator, "{\"name\":\"Away Co\"}").text("id") + "/users";
        var app = server.application();

        Failures.assertUnavailable(app, () -> api.post(SELLERS, operator, "{\"name\":\"Mine\"}"));
        Failures.assertUnavailable(app, () -> api.get(SELLERS, operator));
        Failures.assertUnavailable(app, () -> api.post(users, operator, USER.formatted("x@away.example", "ADMIN")));
        Failures.assertRateLimited(server, client -> client.post(SELLERS, Failures.UNKNOWN_TOKEN,
                "{\"name\":\"Mine\"}"));
        Failures.assertRateLimited(server, client -> client.get(SELLERS, Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.post(users, Failures.UNKNOWN_TOKEN,
                USER.formatted("x@away.example", "ADMIN")));
    }

}
