package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Starts the service. Without {@code DATASOURCES_DEFAULT_URL} it runs on an embedded PostgreSQL whose data lives under
 * {@code ACCESS_TOKENS_DATA_DIR} (default {@code ./data}), and seeds a demo seller into an empty one.
 */
public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final String LOG_FORMAT = "ACCESS_TOKENS_LOG_FORMAT";
    private static final Set<String> LOG_FORMATS = Set.of("text", "json");

    private Application() {
    }

    public static void main(String[] args) {
        // Command-line arguments are not used: configuration comes from application.yml and the environment.
        String logFormat = System.getenv(LOG_FORMAT);
        if (logFormat != null && !LOG_FORMATS.contains(logFormat)) {
            // On standard error: logback.xml names its appender by this variable, and with no appender of that name
            // it writes nothing at all, this line included.
            System.err.println("The service could not start: " + LOG_FORMAT + " must be text or json, was " + logFormat);
            System.exit(1);
        }
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = null;
        if (isBlank(System.getenv("DATASOURCES_DEFAULT_URL")) && isBlank(System.getProperty("datasources.default.url"))) {
            Path dataDirectory = Path.of(envOr("ACCESS_TOKENS_DATA_DIR", "data"));
            LOG.info("No DATASOURCES_DEFAULT_URL set: starting the embedded PostgreSQL in {}", dataDirectory.toAbsolutePath());
            embedded = EmbeddedDatabase.start(dataDirectory);
            properties.putAll(embeddedDatabaseProperties(embedded.jdbcUrl(), embedded.password()));
        }
        EmbeddedDatabase database = embedded;
        ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).build();
        try {
            context.start();
            LOG.info("Serving on {}", context.getBean(EmbeddedServer.class).start().getURL());
        } catch (RuntimeException failedToStart) {
            // Said without a stack trace, as every log line here. Then the embedded database is stopped, else it
            // would hold its data directory, and the process exits: threads a failed start leaves behind (an event
            // loop, the revocation listener's) would keep it alive, a pod that neither serves nor restarts.
            LOG.error("The service could not start: {}", reasons(failedToStart));
            if (database != null) {
                database.close();
            }
            stopLogging();
            System.exit(1);
        }
        // One hook, in order: the context stops (requests in flight finish, last uses flush, the listener stops),
        // then the embedded database, then logging. Micronaut.run's own hook is not used: two hooks stopping one
        // context deadlock.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                context.close();
                if (database != null) {
                    database.close();
                }
            } finally {
                // Last, so that the request log's buffer is written out with the lines of the requests that finished.
                stopLogging();
            }
        }, "shutdown"));
    }

    /** Writes out the lines that wait (logback.xml writes every line from a thread of its own) and stops logging. */
    private static void stopLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.stop();
        }
    }

    /** The messages of a failure and of what caused it, outermost first, each once. */
    static String reasons(Throwable failure) {
        StringBuilder reasons = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && reasons.indexOf(message) < 0) {
                reasons.append(reasons.isEmpty() ? "" : "\ncaused by: ").append(message);
            }
        }
        return reasons.toString();
    }

    /** What the service needs to run on the embedded database, seeding a demo seller when it is empty. */
    static Map<String, Object> embeddedDatabaseProperties(String jdbcUrl, String password) {
        return Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", EmbeddedDatabase.USER,
                "datasources.default.password", password,
                "access-tokens.demo.seed-when-empty", true);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
