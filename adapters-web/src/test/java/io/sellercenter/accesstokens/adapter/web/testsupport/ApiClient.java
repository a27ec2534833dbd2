package io.sellercenter.accesstokens.adapter.web.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A plain HTTP client that talks to the service as any API consumer would, holds every exchange to the published
 * contract ({@link ContractValidator}) and remembers what it exchanged, so that a test can show it reached every
 * documented answer ({@link DocumentedResponses}).
 */
public final class ApiClient {
    /** An answer later than this is no answer: the service is expected to answer, even if only to say it cannot. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private final HttpClient client;
    private final String base;
    private final JsonMapper json;
    private final Queue<Exchange> exchanges;
    private final Map<String, String> defaultHeaders;

    public ApiClient(int port, JsonMapper json) {
        this(HttpClient.newBuilder().connectTimeout(PATIENCE).build(), "http://localhost:" + port, json,
                new ConcurrentLinkedQueue<>(), Map.of());
    }

    private ApiClient(HttpClient client, String base, JsonMapper json, Queue<Exchange> exchanges,
                      Map<String, String> defaultHeaders) {
        this.client = client;
        this.base = base;
        this.json = json;
        this.exchanges = exchanges;
        this.defaultHeaders = defaultHeaders;
    }

    /**
     * This client as if it called from {@code clientIp} behind a trusted proxy (an {@code X-Forwarded-For} on every
     * request; the server must trust the loopback as a proxy). Its exchanges count as this client's.
     */
    public ApiClient from(String clientIp) {
        return new ApiClient(client, base, json, exchanges, Map.of("X-Forwarded-For", clientIp));
    }

    public Reply get(String path, String authorization) {
        return get(path, authorization, Map.of());
    }

    public Reply get(String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, authorization);
        headers.forEach(builder::header);
        return send(builder.GET(), null);
    }

    public Reply delete(String path, String authorization) {
        return delete(path, authorization, Map.of());
    }

    public Reply delete(String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, authorization);
        headers.forEach(builder::header);
        return send(builder.DELETE(), null);
    }

    public Reply postForm(String path, String authorization, String form) {
        return postForm(path, authorization, form, Map.of());
    }

    /** A form post with more headers; a {@code Content-Type} among them replaces the form's. */
    public Reply postForm(String path, String authorization, String form, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, authorization);
        builder.header("Content-Type", headers.getOrDefault("Content-Type", "application/x-www-form-urlencoded"));
        headers.forEach((name, value) -> {
            if (!name.equals("Content-Type")) {
                builder.header(name, value);
            }
        });
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(form)), form);
    }

    public Reply post(String path, String authorization, String jsonBody) {
        return post(path, authorization, jsonBody, Map.of());
    }

    public Reply post(String path, String authorization, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, authorization);
        headers.forEach(builder::header);
        if (jsonBody == null) {
            builder.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder, jsonBody);
    }

    /** One sign-in attempt, whatever its answer. */
    public Reply login(String email, String password) {
        return post("/api/v1/auth/login", null,
                "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Signs in and returns the {@code Authorization} header value of the session. */
    public String signIn(String email, String password) {
        Reply reply = login(email, password);
        if (reply.status() != 200) {
            throw new AssertionError("sign-in failed: " + reply);
        }
        return "Bearer " + reply.text("access_token");
    }

    /** Every exchange so far: method, path and status. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE);
        defaultHeaders.forEach(builder::header);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** Sends, and holds both sides of the exchange to the published contract. */
    private Reply send(HttpRequest.Builder builder, String requestBody) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            ContractValidator.check(request.method(), request.uri(), request.headers().map(), requestBody,
                    response.statusCode(), response.headers(), response.body());
            exchanges.add(new Exchange(request.method(), request.uri().getPath(), response.statusCode()));
            Map<String, Object> body = Map.of();
            String text = response.body();
            if (text != null && text.startsWith("{")) {
                body = json.readValue(text, Argument.mapOf(String.class, Object.class));
            }
            return new Reply(response.statusCode(), response.headers(), text, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What was asked and how it was answered. */
    public record Exchange(String method, String path, int status) {
    }

    /** A response: status, headers, raw body and the body as JSON (empty when it is not an object). */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body, Map<String, Object> json) {
        public String text(String field) {
            Object value = json.get(field);
            return value == null ? null : value.toString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json.get("items");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json.get("errors");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
