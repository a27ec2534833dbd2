package io.sellercenter.accesstokens.adapter.web.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** api/openapi.yml may not break consumers of the newest released contract, unless its major version went up. */
class ContractCompatibilityTest {
    private static final Path RELEASED = Path.of("..", "api", "released");

    @Test
    void published_contract_is_compatible_with_the_newest_release() throws IOException {
        String current = Files.readString(PublishedContractTest.PUBLISHED);

        assertThat(ContractCompatibility.breakingChanges(ContractCompatibility.parse(newestRelease()),
                ContractCompatibility.parse(current)))
                .as("api/openapi.yml breaks the newest contract in api/released; raise info.version's major number "
                        + "if that is meant")
                .isEmpty();
    }

    @Test
    void removing_a_path_or_an_operation_is_breaking() throws IOException {
        String released = newestRelease();

        String moved = released.replace("  /api/v1/access-tokens/{id}/renew:", "  /api/v1/renewals/{id}:");
        String noDelete = released.replace("    delete:\n", "    x-delete:\n");

        assertThat(moved).isNotEqualTo(released);
        assertThat(breaks(released, moved)).contains("path removed: /api/v1/access-tokens/{id}/renew");
        assertThat(noDelete).isNotEqualTo(released);
        assertThat(breaks(released, noDelete)).contains("operation removed: DELETE /api/v1/auth/session");
    }

    @Test
    void removing_a_response_field_or_an_enum_value_is_breaking() throws IOException {
        String released = newestRelease();

        assertThat(breaks(released, released.replace("        tokenHint:\n", "        keyHint:\n")))
                .anyMatch(change -> change.startsWith("field removed: ") && change.endsWith(".tokenHint"));
        String noRevoked = released.replace("      - EXPIRED\n      - REVOKED\n  securitySchemes:",
                "      - EXPIRED\n  securitySchemes:");

        assertThat(noRevoked).isNotEqualTo(released);
        assertThat(breaks(released, noRevoked)).contains("enum value removed: TokenStatus REVOKED");
    }

    @Test
    void a_new_required_request_field_or_a_changed_type_is_breaking() throws IOException {
        String released = newestRelease();
        String requiredNote = released.replace("    GenerateAccessTokenRequest:\n      type: object\n",
                "    GenerateAccessTokenRequest:\n      required:\n      - note\n      type: object\n");
        String numericTotal = released.replaceFirst("(        totalItems:\n {10}type: )integer", "$1string");

        assertThat(requiredNote).isNotEqualTo(released);
        assertThat(breaks(released, requiredNote)).contains("field became required: GenerateAccessTokenRequest.note");
        assertThat(numericTotal).isNotEqualTo(released);
        assertThat(breaks(released, numericTotal)).anyMatch(change -> change.startsWith("type changed: ")
                && change.contains("totalItems"));
    }

    @Test
    void a_new_major_version_may_break_anything_and_additions_never_break() throws IOException {
        String released = newestRelease();
        String removed = released.replace("  /api/v1/access-tokens/{id}/renew:", "  /api/v1/renewals/{id}:");
        String nextMajor = removed.replaceFirst("(?m)^  version: \\d+\\.\\d+\\.\\d+$", "  version: 99.0.0");

        assertThat(removed).isNotEqualTo(released);
        assertThat(breaks(released, removed)).isNotEmpty();
        assertThat(nextMajor).isNotEqualTo(removed);
        assertThat(breaks(released, nextMajor)).isEmpty();
        String extraSchema = released.replace("    Problem:\n", "    Extra:\n      type: object\n    Problem:\n");

        assertThat(extraSchema).isNotEqualTo(released);
        assertThat(breaks(released, extraSchema)).isEmpty();
    }

    private static java.util.List<String> breaks(String released, String current) {
        return ContractCompatibility.breakingChanges(ContractCompatibility.parse(released),
                ContractCompatibility.parse(current));
    }

    private static String newestRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            Path newest = files
                    .filter(file -> file.getFileName().toString().matches("openapi-\\d+\\.\\d+\\.\\d+\\.yml"))
                    .max(Comparator.comparing(ContractCompatibilityTest::version))
                    .orElseThrow(() -> new AssertionError("no released contract in " + RELEASED));
            return Files.readString(newest);
        }
    }

    private static String version(Path file) {
        String[] parts = file.getFileName().toString().replaceAll("openapi-|\\.yml", "").split("\\.");
        return String.format("%06d.%06d.%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]));
    }
}
