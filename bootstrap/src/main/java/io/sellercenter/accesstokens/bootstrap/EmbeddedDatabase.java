package io.sellercenter.accesstokens.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven jar, for when no database is configured. Its data
 * lives in {@code dataDirectory} and is kept across restarts. It is no test database: commits are durable (fsync and
 * synchronous commit on), and it takes connections only with the password it was given at its first start, kept in
 * {@code postgres-password} (readable by its owner only) beside its data. A server that a killed service left running
 * on the directory is stopped before the next one starts there.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String USER = "postgres";
    static final String DATABASE = "postgres";
    private static final String PASSWORD_FILE = "postgres-password";
    /** The file the embedded server locks while a service runs it (io.zonky's {@code EmbeddedPostgres}). */
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Pattern TRUST = Pattern.compile("(?m)\\btrust\\s*$");

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            String password = password(dataDirectory.resolve(PASSWORD_FILE));
            Path data = dataDirectory.toAbsolutePath().resolve("postgres");
            stopLeftOver(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // closed by the service, after the context that uses it
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", password)
                    .start();
            requirePassword(postgres, data, password);
            return new EmbeddedDatabase(postgres, password);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    String password() {
        return password;
    }

    EmbeddedPostgres server() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the PostgreSQL that a service killed outright (kill -9, the OOM killer, an IDE's second stop) left
     * running on this data directory: it would hold the directory, and every later start would wait for it and fail.
     * It is stopped only when no live service holds the directory (the lock the embedded server takes is free) and
     * the process is a postgres serving this very directory, and it is asked to shut down as {@code pg_ctl stop}
     * would.
     */
    private static void stopLeftOver(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(data.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock free = channel.tryLock()) {
            if (free == null) {
                return; // a live service runs it: the embedded server refuses to start on its lock
            }
            Optional<ProcessHandle> leftOver = postmaster(pidFile, data);
            if (leftOver.isPresent()) {
                stop(leftOver.get(), data);
            }
        } catch (OverlappingFileLockException heldHere) {
            // this process runs it already, and the embedded server refuses to start on its lock
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile, Path data) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(process -> process.info().command()
                .filter(command -> command.endsWith("/postgres")).isPresent() && process.info().arguments()
                .filter(arguments -> List.of(arguments).contains(data.toString())).isPresent());
    }

    private static void stop(ProcessHandle postmaster, Path data) throws IOException {
        LOG.warn("Stopping the embedded PostgreSQL (pid {}) left running on {} by a service that did not stop it",
                postmaster.pid(), data);
        postmaster.destroy(); // SIGTERM, PostgreSQL's smart shutdown: the killed service's sessions are gone already
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException("the PostgreSQL left on " + data + " (pid " + postmaster.pid()
                    + ") did not stop within " + STOP_TIMEOUT.toSeconds() + " s: stop it, then start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left on " + data, e);
        }
    }

    /** The password of this data directory: made up at its first start, then read back. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, password, StandardCharsets.UTF_8);
        return password;
    }

    /**
     * After initdb every local connection is trusted; at the first start the superuser gets its password and every
     * connection must then give it (SCRAM).
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path data, String password) throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        if (!TRUST.matcher(rules).find()) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(hba, TRUST.matcher(rules).replaceAll("scram-sha-256"), StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded PostgreSQL's password", e);
        }
    }
}
