package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer's JSON is written once and kept, and never given for an answer that has changed. Written with the
 * service's own JSON settings, which keep empty lists.
 */
class KeptJsonTest {
    private static WebAdapterServer server;
    private static JsonMapper json;

    private final KeptJson kept = new KeptJson(json);

    @Serdeable
    record Answer(String name, List<String> items) {
    }

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        json = server.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAnswerIsWrittenOnceAndKeptForEqualAnswers() throws IOException {
        byte[] first = kept.of("token", new Answer("Acme \"Outdoor\" \u00e9", List.of()));

        assertThat(read(first)).isEqualTo(Map.of("name", "Acme \"Outdoor\" \u00e9", "items", List.of()));
        assertThat(kept.of("token", new Answer("Acme \"Outdoor\" \u00e9", List.of()))).isSameAs(first);
    }

    @Test
    void aChangedAnswerIsWrittenAnewAndTheOldOneIsNotGivenBack() throws IOException {
        Answer before = new Answer("Acme", List.of("stock:read"));
        Answer after = new Answer("Acme Outdoor", List.of("stock:read", "stock:write"));
        byte[] first = kept.of("token", before);

        assertThat(read(kept.of("token", after))).isEqualTo(Map.of("name", "Acme Outdoor",
                "items", List.of("stock:read", "stock:write")));
        byte[] again = kept.of("token", before);
        assertThat(again).isNotSameAs(first);
        assertThat(read(again)).isEqualTo(Map.of("name", "Acme", "items", List.of("stock:read")));
    }

    @Test
    void eachKeyKeepsItsOwn() throws IOException {
        byte[] one = kept.of("one", new Answer("One", List.of()));
        byte[] two = kept.of("two", new Answer("Two", List.of()));

        assertThat(kept.of("one", new Answer("One", List.of()))).isSameAs(one);
        assertThat(kept.of("two", new Answer("Two", List.of()))).isSameAs(two);
        assertThat(read(two)).containsEntry("name", "Two");
    }

    @Test
    void anEndpointKeepsAtMostA32ndOfTheHeapsWorthOfAnswers() {
        long mib = 1024 * 1024;

        assertThat(KeptJson.maximumKeys(256 * mib)).isEqualTo(10_000);
        assertThat(KeptJson.maximumKeys(128 * mib)).isEqualTo(5_991);
        assertThat(KeptJson.maximumKeys(16 * mib)).isEqualTo(1_000);
    }

    private static Map<String, Object> read(byte[] body) throws IOException {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }
}
