package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.json.JsonMapper;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as operators run it: the built jar in a process of its own, configured by environment variables only,
 * with its output kept for the test to read. Stopping it sends SIGTERM, as a container runtime would.
 */
final class ServiceProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "access-tokens.jar");
    /** Where each process's output is kept: with the build's output, not in the machine's temporary directory. */
    static final Path LOGS = Path.of("target", "service-logs");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final Process process;
    private final Path output;
    private final int port;
    private final ApiClient client;

    private ServiceProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.client = new ApiClient(port, JSON);
    }

    /** Starts the jar with {@code environment} on top of a test operator and quick password hashing. */
    static ServiceProcess start(String name, Map<String, String> environment) {
        return start(name, environment, true);
    }

    /**
     * As {@link #start(String, Map)}, but with standard output into a pipe that nothing reads, as when a log collector
     * is down: once the pipe's buffer is full, every write to it waits. {@link #output()} is then empty.
     */
    static ServiceProcess startWithOutputUnread(String name, Map<String, String> environment) {
        return start(name, environment, false);
    }

    private static ServiceProcess start(String name, Map<String, String> environment, boolean outputRead) {
        try {
            int port = freePort();
            Path output = Files.createTempFile(Files.createDirectories(LOGS), name + "-", ".log");
            Map<String, String> env = new HashMap<>();
            env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            env.put("ACCESS_TOKENS_BOOTSTRAP_OPERATOR_EMAIL", RunningService.OPERATOR_EMAIL);
            env.put("ACCESS_TOKENS_BOOTSTRAP_OPERATOR_PASSWORD", RunningService.OPERATOR_PASSWORD);
            env.put("ACCESS_TOKENS_PASSWORDS_ARGON2_MEMORY_KIB", "1024");
            env.put("ACCESS_TOKENS_PASSWORDS_ARGON2_ITERATIONS", "1");
            env.putAll(environment);
            ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-jar", JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(outputRead ? ProcessBuilder.Redirect.to(output.toFile())
                            : ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            ServiceProcess service = new ServiceProcess(builder.start(), output, port);
            service.awaitLive(Integer.parseInt(env.getOrDefault("ENDPOINTS_ALL_PORT", String.valueOf(port))));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient client() {
        return client;
    }

    int port() {
        return port;
    }

    /** Everything the process has printed so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for liveness, on the management port when there is one. */
    private void awaitLive(int healthPort) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited at start:\n" + output());
            }
            try {
                HttpResponse<Void> live = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + healthPort
                        + "/health/liveness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException("the service did not start within 60 s:\n" + output());
    }

    /** SIGKILL, as the OOM killer sends it: nothing in the process gets to clean up. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then waits for the graceful shutdown to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
