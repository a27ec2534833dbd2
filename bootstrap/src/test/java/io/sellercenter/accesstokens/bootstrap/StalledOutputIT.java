package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The started jar, with its standard output into a pipe that nothing reads (a log collector that is down): the pipe
 * fills after a few hundred request lines, and the node must go on answering, liveness included, since no thread
 * that answers requests may wait for standard output (logback.xml: the request log's writer thread and the
 * asynchronous console).
 */
class StalledOutputIT {
    private static final int REQUESTS = 5_000;

    @Test
    void aNodeWhoseStandardOutputIsNotReadGoesOnAnswering() throws Exception {
        try (ServiceProcess service = ServiceProcess.startWithOutputUnread("output-unread",
                ConfiguredByEnvironmentIT.database(PostgresDatabase.freshDatabaseUrl()))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest refused = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port()
                    + "/api/v1/me")).timeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(http.send(refused, HttpResponse.BodyHandlers.discarding()).statusCode())
                        .as("request %d of %d, each a request log line of about 120 bytes", i + 1, REQUESTS)
                        .isEqualTo(401);
            }
            assertThat(service.client().get("/health/liveness", null).status()).isEqualTo(200);
            assertThat(service.client().get("/prometheus", null).body())
                    .containsPattern("access_tokens_request_log_dropped_total \\d");
        }
    }
}
