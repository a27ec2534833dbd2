package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole service, started as in production on its own fresh database and a free port, and a plain HTTP client
 * that talks to it as any API consumer would.
 */
final class RunningService implements AutoCloseable {
    static final String OPERATOR_EMAIL = "operator@platform.example";
    static final String OPERATOR_PASSWORD = "operator-password-1";

    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json;

    private RunningService(EmbeddedServer server) {
        this.server = server;
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    static RunningService start() {
        return start(PostgresDatabase.freshDatabaseUrl(), Map.of());
    }

    static RunningService start(String jdbcUrl, Map<String, Object> extraProperties) {
        return start(jdbcUrl, extraProperties, null);
    }

    /** Starts on {@code jdbcUrl}; with a {@code clock}, the service reads time from it instead of the system clock. */
    static RunningService start(String jdbcUrl, Map<String, Object> extraProperties, TimeSource clock) {
        Map<String, Object> properties = new HashMap<>(Application.embeddedDatabaseProperties(jdbcUrl));
        properties.put("access-tokens.demo.seed-when-empty", false);
        properties.put("micronaut.server.port", -1);
        properties.put("access-tokens.bootstrap.operator.email", OPERATOR_EMAIL);
        properties.put("access-tokens.bootstrap.operator.password", OPERATOR_PASSWORD);
        // Cheaper password hashing keeps the suite quick; production settings are exercised by the same code.
        properties.put("access-tokens.passwords.argon2-memory-kib", 1024);
        properties.put("access-tokens.passwords.argon2-iterations", 1);
        properties.put("access-tokens.last-use.flush-interval", "200ms");
        properties.put("access-tokens.cache.listener-reconnect-delay", "200ms");
        properties.putAll(extraProperties);
        ApplicationContextBuilder builder = ApplicationContext.builder(Application.class).properties(properties);
        if (clock != null) {
            builder.singletons(clock);
        }
        ApplicationContext context = builder.start();
        return new RunningService(context.getBean(EmbeddedServer.class).start());
    }

    int port() {
        return server.getPort();
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    Reply get(String path, String authorization) {
        return get(path, authorization, Map.of());
    }

    Reply get(String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, authorization);
        headers.forEach(builder::header);
        return send(builder.GET(), null);
    }

    String jdbcUrl() {
        return server.getApplicationContext().getProperty("datasources.default.url", String.class).orElseThrow();
    }

    Reply postForm(String path, String authorization, String form) {
        return send(request(path, authorization).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), form);
    }

    Reply post(String path, String authorization, String jsonBody) {
        HttpRequest.Builder builder = request(path, authorization);
        if (jsonBody == null) {
            builder.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder, jsonBody);
    }

    /** One sign-in attempt, whatever its answer. */
    Reply login(String email, String password) {
        return post("/api/v1/auth/login", null,
                "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Signs in as the platform operator every test service starts with. */
    String signInAsOperator() {
        return signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    /** Signs in and returns the {@code Authorization} header value of the session. */
    String signIn(String email, String password) {
        Reply reply = login(email, password);
        if (reply.status() != 200) {
            throw new AssertionError("sign-in failed: " + reply);
        }
        return "Bearer " + reply.text("access_token");
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
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

    @Override
    public void close() {
        server.getApplicationContext().close();
    }

    /** A response: status, headers, raw body and the body as JSON (empty when it is not an object). */
    record Reply(int status, java.net.http.HttpHeaders headers, String body, Map<String, Object> json) {
        String text(String field) {
            Object value = json.get(field);
            return value == null ? null : value.toString();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json.get("items");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json.get("errors");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
