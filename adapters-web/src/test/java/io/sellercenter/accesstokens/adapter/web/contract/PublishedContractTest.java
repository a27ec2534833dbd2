package io.sellercenter.accesstokens.adapter.web.contract;

import io.sellercenter.accesstokens.adapter.web.http.ApiDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated from the controllers must equal the reviewed contract in {@code api/openapi.yml}:
 * every change to the API is a deliberate edit of that file.
 */
class PublishedContractTest {
    static final Path PUBLISHED = Path.of("..", "api", "openapi.yml");
    static final String GENERATED = ApiDefinition.DOCUMENT;

    @Test
    void generated_document_equals_the_published_contract() throws IOException {
        List<String> drift = differences(Files.readString(PUBLISHED), generated());

        assertThat(drift)
                .as("The API no longer matches api/openapi.yml. If the change is meant, review it and copy "
                        + "adapters-web/target/classes/" + GENERATED + " to api/openapi.yml.")
                .isEmpty();
    }

    @Test
    void a_changed_document_is_caught() throws IOException {
        String generated = generated();
        String renamed = generated.replace("operationId: revokeAccessToken", "operationId: cancelAccessToken");
        String fieldDropped = generated.replaceFirst("\n {8}tokenHint:\n(?: {10}.*\n)+", "\n");

        assertThat(differences(generated, renamed)).singleElement().asString().contains("cancelAccessToken");
        assertThat(fieldDropped).isNotEqualTo(generated);
        assertThat(differences(generated, fieldDropped)).isNotEmpty();
        assertThat(differences(generated, generated.replace("\n", "\r\n"))).as("line endings do not count").isEmpty();
    }

    /** The lines that differ, as "line N: published | generated". */
    static List<String> differences(String published, String generated) {
        String[] expected = published.replace("\r\n", "\n").split("\n", -1);
        String[] actual = generated.replace("\r\n", "\n").split("\n", -1);
        List<String> drift = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String want = i < expected.length ? expected[i] : "<none>";
            String got = i < actual.length ? actual[i] : "<none>";
            if (!want.equals(got)) {
                drift.add("line " + (i + 1) + ": " + want + " | " + got);
            }
        }
        return drift;
    }

    private static String generated() throws IOException {
        try (InputStream in = PublishedContractTest.class.getClassLoader().getResourceAsStream(GENERATED)) {
            assertThat(in).as(GENERATED + " is generated at build time").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
