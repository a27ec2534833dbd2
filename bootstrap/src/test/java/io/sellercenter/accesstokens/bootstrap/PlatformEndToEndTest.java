package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform operator opens sellers and gives them users; nobody else can. */
class PlatformEndToEndTest {
    private static final String SELLERS = "/api/v1/platform/sellers";
    private static RunningService service;
    private static String operator;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        operator = service.signInAsOperator();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void operatorCreatesSellerAndItsUsers() {
        ApiClient.Reply seller = service.post(SELLERS, operator, "{\"name\":\"Nordic Bikes\"}");
        assertThat(seller.status()).isEqualTo(201);
        assertThat(seller.text("name")).isEqualTo("Nordic Bikes");

        ApiClient.Reply user = service.post(SELLERS + "/" + seller.text("id") + "/users", operator,
                "{\"email\":\"Owner@Nordic.example\",\"password\":\"a long enough secret\",\"role\":\"ADMIN\"}");

        assertThat(user.status()).isEqualTo(201);
        assertThat(user.json()).containsEntry("email", "owner@nordic.example").containsEntry("role", "ADMIN")
                .containsEntry("sellerId", seller.text("id")).containsKey("id").doesNotContainKey("password");
        assertThat(service.get(SELLERS, operator).items()).extracting(item -> item.get("name"))
                .contains("Nordic Bikes");
        assertThat(service.signIn("owner@nordic.example", "a long enough secret")).startsWith("Bearer ");
    }

    @Test
    void aTakenEmailIsAConflict() {
        String sellerId = service.post(SELLERS, operator, "{\"name\":\"Twin Co\"}").text("id");
        String body = "{\"email\":\"twin@twin.example\",\"password\":\"a long enough secret\",\"role\":\"MEMBER\"}";
        assertThat(service.post(SELLERS + "/" + sellerId + "/users", operator, body).status()).isEqualTo(201);

        ApiClient.Reply again = service.post(SELLERS + "/" + sellerId + "/users", operator, body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/email-taken");
    }

    @Test
    void badUserInputIsRefused() {
        String sellerId = service.post(SELLERS, operator, "{\"name\":\"Strict Co\"}").text("id");
        String users = SELLERS + "/" + sellerId + "/users";

        ApiClient.Reply shortPassword = service.post(users, operator,
                "{\"email\":\"a@strict.example\",\"password\":\"short\",\"role\":\"ADMIN\"}");
        ApiClient.Reply badRole = service.post(users, operator,
                "{\"email\":\"a@strict.example\",\"password\":\"a long enough secret\",\"role\":\"OWNER\"}");
        ApiClient.Reply badEmail = service.post(users, operator,
                "{\"email\":\"not-an-email\",\"password\":\"a long enough secret\",\"role\":\"ADMIN\"}");
        ApiClient.Reply noSeller = service.post(SELLERS + "/00000000-0000-0000-0000-000000000000/users",
                operator, "{\"email\":\"a@strict.example\",\"password\":\"a long enough secret\",\"role\":\"ADMIN\"}");
        ApiClient.Reply noName = service.post(SELLERS, operator, "{\"name\":\"  \"}");

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.errors()).extracting(e -> e.get("field")).containsExactly("password");
        assertThat(badRole.errors()).extracting(e -> e.get("field")).containsExactly("role");
        assertThat(badEmail.errors()).extracting(e -> e.get("field")).containsExactly("email");
        assertThat(noSeller.status()).isEqualTo(404);
        assertThat(noName.errors()).extracting(e -> e.get("field")).containsExactly("name");
    }

    @Test
    void sellerUsersCannotUseThePlatformApi() {
        SellerFixture seller = SellerFixture.create(service, operator, "Curious Co");

        assertThat(service.get(SELLERS, seller.adminSession()).status()).isEqualTo(403);
        assertThat(service.post(SELLERS, seller.memberSession(), "{\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(service.get(SELLERS, null).status()).isEqualTo(401);
    }

    @Test
    void operatorHasNoTokensToManage() {
        assertThat(service.get("/api/v1/access-tokens", operator).status()).isEqualTo(403);
    }
}
