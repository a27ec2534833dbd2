package io.sellercenter.accesstokens.adapter.web.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api/openapi.yml may not break consumers of any released contract (api/released), unless its major version went up.
 * A change the guard reports that breaks no one (it documents a rule the server always enforced, say) must be
 * explained in {@link CompatibilityNotes}; anything else fails the build.
 */
class ContractCompatibilityTest {
    private static final Path RELEASED = Path.of("..", "api", "released");

    @Test
    void published_contract_breaks_no_released_one() throws IOException {
        String current = Files.readString(PublishedContractTest.PUBLISHED);
        CompatibilityNotes notes = CompatibilityNotes.read();
        List<String> unexplained = new ArrayList<>();
        for (Path release : releases()) {
            for (String change : breaks(Files.readString(release), current)) {
                if (!notes.explains(change)) {
                    unexplained.add(release.getFileName() + ": " + change);
                }
            }
        }

        assertThat(unexplained)
                .as("api/openapi.yml breaks a released contract in api/released. Raise info.version's major number if "
                        + "that is meant; if a change breaks no consumer, say why in " + CompatibilityNotes.FILE)
                .isEmpty();
    }

    @Test
    void every_note_explains_a_change_the_guard_reports() throws IOException {
        String current = Files.readString(PublishedContractTest.PUBLISHED);
        List<String> reported = new ArrayList<>();
        for (Path release : releases()) {
            reported.addAll(breaks(Files.readString(release), current));
        }

        assertThat(CompatibilityNotes.read().changes()).as("notes that no longer explain anything: remove them")
                .allSatisfy(note -> assertThat(reported).contains(note));
    }

    @Test
    void documenting_a_rule_the_server_already_enforced_is_reported_and_then_explained() throws IOException {
        String released = release("1.1.0");
        String current = Files.readString(PublishedContractTest.PUBLISHED);
        String required = "POST /api/v1/access-tokens request: field became required: validUntil";

        assertThat(breaks(released, current)).contains(required);
        assertThat(CompatibilityNotes.read().explains(required)).isTrue();
    }

    @Test
    void a_deliberately_breaking_change_is_refused_whatever_the_notes_say() throws IOException {
        String current = Files.readString(PublishedContractTest.PUBLISHED);
        String noteRequired = current.replaceFirst(
                "(?m)^(    GenerateAccessTokenRequest:\\n      required:\\n)", "$1      - note\n");
        String hintDropped = current.replaceFirst("(?m)^(    AccessToken:\\n(?:      .*\\n)*?      required:\\n)"
                + "((?:      - .*\\n)*?)      - tokenHint\\n", "$1$2");

        assertThat(noteRequired).isNotEqualTo(current);
        assertThat(hintDropped).isNotEqualTo(current);
        CompatibilityNotes notes = CompatibilityNotes.read();
        assertThat(breaks(current, noteRequired)).filteredOn(change -> !notes.explains(change))
                .contains("POST /api/v1/access-tokens request: field became required: note");
        assertThat(breaks(current, hintDropped)).filteredOn(change -> !notes.explains(change))
                .contains("GET /api/v1/access-tokens/{id} 200: field may now be missing: tokenHint");
    }

    @Test
    void removing_a_path_an_operation_or_an_enum_value_a_client_sends_is_breaking() throws IOException {
        String released = release("1.1.0");
        String moved = released.replace("  /api/v1/access-tokens/{id}/renew:", "  /api/v1/renewals/{id}:");
        String noDelete = released.replace("    delete:\n", "    x-delete:\n");
        String noRevokedFilter = released.replaceFirst("(?m)^          - EXPIRED\\n          - REVOKED\\n",
                "          - EXPIRED\n");

        assertThat(moved).isNotEqualTo(released);
        assertThat(breaks(released, moved)).contains("path removed: /api/v1/access-tokens/{id}/renew");
        assertThat(noDelete).isNotEqualTo(released);
        assertThat(breaks(released, noDelete)).contains("operation removed: DELETE /api/v1/auth/session");
        assertThat(noRevokedFilter).isNotEqualTo(released);
        assertThat(breaks(released, noRevokedFilter))
                .contains("GET /api/v1/access-tokens parameter status: enum value removed: REVOKED");
    }

    @Test
    void a_removed_response_field_a_changed_type_or_a_new_null_is_breaking() throws IOException {
        String released = release("1.1.0");
        String noHint = released.replace("        tokenHint:\n", "        keyHint:\n");
        String textTotal = released.replaceFirst("(        totalItems:\n {10}type: )integer", "$1string");
        String nullableStatus = released.replaceFirst("(?m)^(    TokenStatus:\\n      type: string\\n)",
                "$1      nullable: true\n");

        assertThat(breaks(released, noHint)).contains("GET /api/v1/access-tokens/{id} 200: field removed: tokenHint");
        assertThat(textTotal).isNotEqualTo(released);
        assertThat(breaks(released, textTotal))
                .contains("GET /api/v1/access-tokens 200.totalItems: type changed (integer -> string)");
        assertThat(nullableStatus).isNotEqualTo(released);
        assertThat(breaks(released, nullableStatus)).contains("GET /api/v1/access-tokens/{id} 200.status: may now be null");
    }

    @Test
    void renaming_a_schema_or_adding_anything_breaks_nothing() throws IOException {
        String released = release("1.1.0");
        String renamed = released.replace("AccessTokenResponse", "AccessTokenRenamed");
        String extra = released.replace("    Problem:\n", "    Extra:\n      type: object\n    Problem:\n")
                .replace("      - EXPIRED\n      - REVOKED\n  securitySchemes:",
                        "      - EXPIRED\n      - REVOKED\n      - SUSPENDED\n  securitySchemes:");

        assertThat(renamed).isNotEqualTo(released);
        assertThat(breaks(released, renamed)).isEmpty();
        assertThat(extra).isNotEqualTo(released);
        assertThat(breaks(released, extra)).as("a new response enum value, a new schema").isEmpty();
    }

    @Test
    void a_new_major_version_may_break_anything() throws IOException {
        String released = release("1.1.0");
        String removed = released.replace("  /api/v1/access-tokens/{id}/renew:", "  /api/v1/renewals/{id}:");
        String nextMajor = removed.replaceFirst("(?m)^  version: \\d+\\.\\d+\\.\\d+$", "  version: 99.0.0");

        assertThat(breaks(released, removed)).isNotEmpty();
        assertThat(nextMajor).isNotEqualTo(removed);
        assertThat(breaks(released, nextMajor)).isEmpty();
    }

    private static List<String> breaks(String released, String current) {
        return ContractCompatibility.breakingChanges(ContractCompatibility.parse(released),
                ContractCompatibility.parse(current));
    }

    private static String release(String version) throws IOException {
        return Files.readString(RELEASED.resolve("openapi-" + version + ".yml"));
    }

    private static List<Path> releases() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<Path> releases = files
                    .filter(file -> file.getFileName().toString().matches("openapi-\\d+\\.\\d+\\.\\d+\\.yml"))
                    .sorted(Comparator.comparing(ContractCompatibilityTest::version)).toList();
            assertThat(releases).as("released contracts in " + RELEASED).isNotEmpty();
            return releases;
        }
    }

    private static String version(Path file) {
        String[] parts = file.getFileName().toString().replaceAll("openapi-|\\.yml", "").split("\\.");
        return String.format("%06d.%06d.%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]));
    }
}
