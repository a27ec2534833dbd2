package io.sellercenter.accesstokens.adapter.web.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage check behind every controller test can tell a reached answer from a missed one. */
class DocumentedResponsesTest {

    @Test
    void anAnswerCountsOnlyForItsOwnOperationAndStatus() {
        assertThat(DocumentedResponses.under("/api/v1/access-tokens"))
                .contains("GET /api/v1/access-tokens/{id} 404", "POST /api/v1/access-tokens/{id}/renew 409",
                        "GET /api/v1/access-tokens/policy 200");

        var missed = DocumentedResponses.missedBy("/api/v1/access-tokens", List.of(
                new ApiClient.Exchange("GET", "/api/v1/access-tokens/6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60", 404),
                new ApiClient.Exchange("GET", "/api/v1/access-tokens/policy", 200),
                new ApiClient.Exchange("POST", "/api/v1/access-tokens/x/renew", 418)));

        assertThat(missed).doesNotContain("GET /api/v1/access-tokens/{id} 404", "GET /api/v1/access-tokens/policy 200")
                .contains("GET /api/v1/access-tokens/{id} 200", "POST /api/v1/access-tokens/{id}/renew 409");
        assertThat(DocumentedResponses.missedBy("/api/v1/access-tokens", List.of()))
                .isEqualTo(DocumentedResponses.under("/api/v1/access-tokens"));
    }
}
