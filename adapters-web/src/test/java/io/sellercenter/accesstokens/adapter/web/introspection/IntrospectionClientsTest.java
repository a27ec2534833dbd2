package io.sellercenter.accesstokens.adapter.web.introspection;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's id and secret arrive form-encoded inside HTTP Basic (RFC 6749 §2.3.1), and most have nothing to decode.
 */
class IntrospectionClientsTest {
    private static final String PLAIN = "plain-secret-of-thirty-two-characters-0123";
    private static final String SPECIAL = "a secret: with+plus, 100% & slash/ of 32 or more";
    private final IntrospectionClients clients = new IntrospectionClients(List.of(), Map.of(
            "ACCESS_TOKENS_INTROSPECTION_CLIENTS_GATEWAY_SECRET", PLAIN,
            "ACCESS_TOKENS_INTROSPECTION_CLIENTS_EDGE_PROXY_SECRET", SPECIAL));

    @Test
    void anIdAndSecretAreTakenFormEncodedAndPlainOnesAsTheyAre() {
        assertThat(clients.authenticates(basic("gateway", PLAIN))).as("nothing to decode").isTrue();
        assertThat(clients.authenticates(basic(encoded("gateway"), encoded(PLAIN)))).isTrue();
        assertThat(clients.authenticates(basic(encoded("edge-proxy"), encoded(SPECIAL)))).as("decoded").isTrue();
        assertThat(clients.authenticates(basic("edge%2Dproxy", encoded(SPECIAL)))).as("an id decoded").isTrue();
    }

    @Test
    void aSecretThatDecodesToAnotherOrNotAtAllIsRefused() {
        assertThat(clients.authenticates(basic("edge-proxy", SPECIAL))).as("raw: '+' is a space, '%' undecodable")
                .isFalse();
        assertThat(clients.authenticates(basic("edge-proxy", SPECIAL.replace("100% ", "100 ")
                .replace('+', ' ')))).as("another secret").isFalse();
        assertThat(clients.authenticates(basic("gateway", PLAIN + "x"))).isFalse();
        assertThat(clients.authenticates(basic("nobody", PLAIN))).isFalse();
        assertThat(clients.authenticates(basic("gateway", "%zz"))).isFalse();
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
