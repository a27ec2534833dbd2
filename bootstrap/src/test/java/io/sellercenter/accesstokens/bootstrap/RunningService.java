package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.port.out.TimeSource;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole service, started as in production on its own fresh database and a free port, and a plain HTTP client
 * that talks to it as any API consumer would, holding every exchange to the published contract.
 */
final class RunningService implements AutoCloseable {
    static final String OPERATOR_EMAIL = "operator@platform.example";
    static final String OPERATOR_PASSWORD = "operator-password-1";

    private final EmbeddedServer server;
    private final ApiClient client;

    private RunningService(EmbeddedServer server) {
        this.server = server;
        this.client = new ApiClient(server.getPort(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    static RunningService start() {
        return start(PostgresDatabase.freshDatabaseUrl(), Map.of());
    }

    static RunningService start(String jdbcUrl, Map<String, Object> extraProperties) {
        return start(jdbcUrl, extraProperties, null);
    }

    /** Starts on {@code jdbcUrl}; with a {@code clock}, the service reads time from it instead of the system clock. */
    static RunningService start(String jdbcUrl, Map<String, Object> extraProperties, TimeSource clock) {
        Map<String, Object> properties = new HashMap<>(Application.embeddedDatabaseProperties(jdbcUrl, ""));
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

    ApiClient client() {
        return client;
    }

    int port() {
        return server.getPort();
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    String jdbcUrl() {
        return server.getApplicationContext().getProperty("datasources.default.url", String.class).orElseThrow();
    }

    ApiClient.Reply get(String path, String authorization) {
        return client.get(path, authorization);
    }

    ApiClient.Reply get(String path, String authorization, Map<String, String> headers) {
        return client.get(path, authorization, headers);
    }

    ApiClient.Reply postForm(String path, String authorization, String form) {
        return client.postForm(path, authorization, form);
    }

    ApiClient.Reply post(String path, String authorization, String jsonBody) {
        return client.post(path, authorization, jsonBody);
    }

    ApiClient.Reply delete(String path, String authorization) {
        return client.delete(path, authorization);
    }

    /** One sign-in attempt, whatever its answer. */
    ApiClient.Reply login(String email, String password) {
        return client.login(email, password);
    }

    /** Signs in as the platform operator every test service starts with. */
    String signInAsOperator() {
        return signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    /** Signs in and returns the {@code Authorization} header value of the session. */
    String signIn(String email, String password) {
        return client.signIn(email, password);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
