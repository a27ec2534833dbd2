package io.sellercenter.accesstokens.adapter.web.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an answer is the problem it should be, and gives nothing away. */
public final class Problems {
    private Problems() {
    }

    /** {@code reply} is problem details with {@code status} and, when given, the problem type ending {@code slug}. */
    public static void assertProblem(ApiClient.Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json()).containsEntry("status", status).containsKeys("type", "title", "detail");
        if (slug != null) {
            assertThat(reply.text("type")).isEqualTo("https://api.sellercenter.io/problems/" + slug);
        }
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ")
                .doesNotContain("io.micronaut").doesNotContain("\tat ");
    }

    /** {@code reply} is a 400 naming exactly {@code fields}. */
    public static void assertInvalid(ApiClient.Reply reply, String... fields) {
        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.errors()).extracting(error -> error.get("field")).containsExactlyInAnyOrder(fields);
    }
}
