package io.sellercenter.accesstokens.adapter.web.testsupport;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check that every end-to-end exchange goes through does catch traffic that departs from it. */
class ContractValidatorTest {
    private static final URI TOKEN =
            URI.create("http://localhost/api/v1/access-tokens/6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60");
    private static final Map<String, List<String>> SESSION = Map.of("Authorization", List.of("Bearer x.y.z"));

    @Test
    void a_response_as_documented_passes() {
        assertThatCode(() -> ContractValidator.check("GET", TOKEN, SESSION, null, 200, json(), token("ACTIVE")))
                .doesNotThrowAnyException();
    }

    @Test
    void an_undocumented_status_value_fails() {
        assertThatThrownBy(() -> ContractValidator.check("GET", TOKEN, SESSION, null, 200, json(), token("LOST")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LOST");
    }

    @Test
    void a_field_of_the_wrong_type_fails() {
        String wrong = token("ACTIVE").replace("\"note\":\"n\"", "\"note\":7");

        assertThatThrownBy(() -> ContractValidator.check("GET", TOKEN, SESSION, null, 200, json(), wrong))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void an_accepted_request_with_an_undocumented_field_fails() {
        URI generate = URI.create("http://localhost/api/v1/access-tokens");
        Map<String, List<String>> headers = Map.of("Authorization", List.of("Bearer x.y.z"),
                "Content-Type", List.of("application/json"));

        assertThatThrownBy(() -> ContractValidator.check("POST", generate, headers,
                "{\"validUntil\":7}", 201, json(), token("ACTIVE").replace("{", "{\"token\":\"sct_x\",")))
                .isInstanceOf(AssertionError.class);
    }

    private static HttpHeaders json() {
        return HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
    }

    private static String token(String status) {
        return "{\"id\":\"6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60\",\"tokenHint\":\"sct_abcd…\",\"note\":\"n\","
                + "\"status\":\"" + status + "\",\"validUntil\":\"2027-01-01T00:00:00Z\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"createdBy\":\"6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f61\","
                + "\"revokedAt\":null,\"lastUsedAt\":null,\"lastUsedIp\":null,\"scopes\":[\"*\"],\"allowedIps\":[]}";
    }
}
