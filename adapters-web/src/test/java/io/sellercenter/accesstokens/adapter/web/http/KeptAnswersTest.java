package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer is written once for the object it is about, and anew for any other, however equal. */
class KeptAnswersTest {
    private final KeptAnswers answers = new KeptAnswers(JsonMapper.createDefault());
    private final AtomicInteger written = new AtomicInteger();

    @Test
    void anAnswerIsWrittenOnceForTheSameObjectAndAnewForAnother() throws Exception {
        List<String> token = List.of("orders:read");
        List<String> equalButAnother = List.of("orders:read");

        assertThat(text(token)).isEqualTo("{\"about\":[\"orders:read\"]}");
        assertThat(text(token)).isEqualTo("{\"about\":[\"orders:read\"]}");
        assertThat(written).as("kept for the same object").hasValue(1);

        assertThat(text(equalButAnother)).isEqualTo("{\"about\":[\"orders:read\"]}");
        assertThat(written).as("an equal object, but another: kept by identity").hasValue(2);
        assertThat(text(List.of("stock:write"))).isEqualTo("{\"about\":[\"stock:write\"]}");
    }

    private String text(List<String> about) throws Exception {
        return new String(answers.json(about, () -> {
            written.incrementAndGet();
            return Map.of("about", about);
        }), StandardCharsets.UTF_8);
    }
}
