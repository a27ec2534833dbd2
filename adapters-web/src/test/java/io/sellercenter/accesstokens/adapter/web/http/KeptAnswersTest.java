package io.sellercenter.accesstokens.adapter.web.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer is made once for the objects it is about, and anew for any other, however equal, or for the same object
 * with something else.
 */
class KeptAnswersTest {
    private final KeptAnswers answers = new KeptAnswers();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void anAnswerIsMadeOnceForTheSameObjectsAndAnewForOthers() throws Exception {
        List<String> token = List.of("orders:read");
        List<String> equalButAnother = List.of("orders:read");
        String seller = "Acme";

        assertThat(text(token, seller)).isEqualTo("[orders:read] of Acme");
        assertThat(text(token, seller)).isEqualTo("[orders:read] of Acme");
        assertThat(made).as("kept for the same objects").hasValue(1);

        assertThat(text(equalButAnother, seller)).isEqualTo("[orders:read] of Acme");
        assertThat(made).as("an equal object, but another: kept by identity").hasValue(2);

        assertThat(text(token, "Acme Outdoor")).isEqualTo("[orders:read] of Acme Outdoor");
        assertThat(made).as("the same object with something else").hasValue(3);
        assertThat(text(token, "Acme Outdoor")).isEqualTo("[orders:read] of Acme Outdoor");
        assertThat(made).as("kept in place of the earlier answer").hasValue(3);
    }

    private String text(List<String> about, String with) throws Exception {
        return new String(answers.answer(about, with, () -> {
            made.incrementAndGet();
            return new FastRoute.FastAnswer((about + " of " + with).getBytes(StandardCharsets.UTF_8), Map.of());
        }).json(), StandardCharsets.UTF_8);
    }
}
