package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are signed with the configured secret and nothing else is accepted: not an unsigned JWT, not one signed
 * with another key, not one whose claims were changed. The previous secret still checks, so a rotation signs no one
 * out.
 */
class SessionSigningTest {
    private static final String SECRET = "the-current-session-secret-0123456789";
    private static final String PREVIOUS = "the-previous-session-secret-0123456789";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static WebAdapterServer server;
    private static ApiClient api;
    private static InMemoryApplication.SellerUsers seller;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("access-tokens.jwt.secret", SECRET,
                "access-tokens.jwt.previous-secret", PREVIOUS));
        api = server.client();
        seller = server.application().newSeller("Signed Co");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSessionIsSignedWithTheConfiguredSecret() {
        String[] parts = jwt(api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD));

        assertThat(decode(parts[0])).contains("\"alg\":\"HS256\"");
        assertThat(parts[2]).isEqualTo(sign(parts[0] + "." + parts[1], SECRET));
    }

    @Test
    void aSessionSignedWithThePreviousSecretIsStillAccepted() {
        String[] parts = jwt(api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD));
        String reSigned = parts[0] + "." + parts[1] + "." + sign(parts[0] + "." + parts[1], PREVIOUS);

        assertThat(api.get("/api/v1/me", "Bearer " + reSigned).status()).isEqualTo(200);
    }

    @Test
    void anUnsignedAReSignedOrAChangedSessionIsRefused() {
        String[] parts = jwt(api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD));
        String none = BASE64URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String promoted = BASE64URL.encodeToString(decode(parts[1]).replace("SELLER_ADMIN", "PLATFORM_OPERATOR")
                .getBytes(StandardCharsets.UTF_8));

        for (String forged : new String[]{
                none + "." + parts[1] + ".",
                parts[0] + "." + parts[1] + "." + sign(parts[0] + "." + parts[1], "someone-else's-secret-0123456789"),
                parts[0] + "." + promoted + "." + parts[2],
                parts[0] + "." + parts[1] + "."}) {
            ApiClient.Reply refused = api.get("/api/v1/me", "Bearer " + forged);
            assertProblem(refused, 401, "unauthorized");
        }
    }

    private static String[] jwt(String authorization) {
        return authorization.substring("Bearer ".length()).split("\\.", -1);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String sign(String content, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
