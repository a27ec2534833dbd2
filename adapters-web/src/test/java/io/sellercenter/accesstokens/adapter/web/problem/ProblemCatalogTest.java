package io.sellercenter.accesstokens.adapter.web.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem type the API answers with is documented, with its status, where consumers look: docs/api.md. */
class ProblemCatalogTest {
    private static final Path API_DOCS = Path.of("..", "docs", "api.md");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| (\\d{3}) \\|");

    @Test
    void every_problem_type_is_documented_with_its_status() throws IOException {
        Map<String, Integer> documented = documented(Files.readString(API_DOCS));

        assertThat(documented).as("the problem types table of docs/api.md").containsAllEntriesOf(catalog());
    }

    @Test
    void a_type_missing_from_the_docs_is_caught() throws IOException {
        String docs = Files.readString(API_DOCS);
        String withoutLockout = docs.replaceFirst("(?m)^\\| `sign-in-locked` .*\\n", "");

        assertThat(withoutLockout).isNotEqualTo(docs);
        assertThat(documented(withoutLockout)).doesNotContainKey("sign-in-locked");
        assertThat(catalog()).containsKey("sign-in-locked");
    }

    @Test
    void every_type_is_a_stable_uri_under_one_base() {
        assertThat(ProblemType.values()).allSatisfy(type -> {
            assertThat(type.uri()).isEqualTo(ProblemType.TYPE_BASE + type.slug());
            assertThat(type.slug()).matches("[a-z0-9-]+");
        });
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct())
                .hasSize(ProblemType.values().length);
    }

    private static Map<String, Integer> catalog() {
        Map<String, Integer> catalog = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            catalog.put(type.slug(), type.status().getCode());
        }
        return catalog;
    }

    private static Map<String, Integer> documented(String docs) {
        Map<String, Integer> rows = new TreeMap<>();
        Matcher matcher = ROW.matcher(docs);
        while (matcher.find()) {
            rows.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return rows;
    }
}
