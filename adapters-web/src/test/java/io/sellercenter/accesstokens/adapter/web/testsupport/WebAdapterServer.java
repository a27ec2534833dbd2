package io.sellercenter.accesstokens.adapter.web.testsupport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The web adapter alone on a real HTTP server, configured as the service configures it (the service's own
 * {@code application.yml}), driving an {@link InMemoryApplication} instead of PostgreSQL.
 */
public final class WebAdapterServer implements AutoCloseable {
    private static final Path SERVICE_CONFIGURATION =
            Path.of("..", "bootstrap", "src", "main", "resources", "application.yml");

    private final ApplicationContext context;
    private final InMemoryApplication application;
    private final ApiClient client;

    private WebAdapterServer(ApplicationContext context, InMemoryApplication application) {
        this.context = context;
        this.application = application;
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        this.client = new ApiClient(server.getPort(), context.getBean(JsonMapper.class));
    }

    public static WebAdapterServer start() {
        return start(Map.of());
    }

    /** Starts with the service's configuration, overridden by {@code properties}. */
    public static WebAdapterServer start(Map<String, Object> properties) {
        return start(new InMemoryApplication(), properties);
    }

    /** Starts on {@code application}, which another server may drive too, with the service's configuration. */
    public static WebAdapterServer start(InMemoryApplication application, Map<String, Object> properties) {
        Map<String, Object> overrides = new HashMap<>(properties);
        overrides.put("micronaut.server.port", -1);
        // Tests may call as other clients behind the loopback (ApiClient.from), as the rate limits count by client.
        overrides.putIfAbsent("access-tokens.http.trusted-proxies", "127.0.0.1,::1");
        ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("application", serviceConfiguration()))
                .properties(overrides)
                .build();
        application.inPorts().forEach((type, service) -> register(context, type, service));
        context.start();
        return new WebAdapterServer(context, application);
    }

    @SuppressWarnings("unchecked")
    private static <T> void register(ApplicationContext context, Class<T> type, Object service) {
        context.registerSingleton(type, (T) service);
    }

    private static Map<String, Object> serviceConfiguration() {
        try (InputStream yaml = Files.newInputStream(SERVICE_CONFIGURATION)) {
            return new YamlPropertySourceLoader().read("application", yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient client() {
        return client;
    }

    public InMemoryApplication application() {
        return application;
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
