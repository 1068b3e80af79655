package com.icpportal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 17 server run from the binaries on the class path, with its data in a directory
 * that outlives the process.
 *
 * <p>The postmaster is a child process: when the JVM is killed with SIGKILL it keeps running and
 * holds the data directory. Starting again first shuts such a leftover server down (it is ours:
 * its pid is in our {@code postmaster.pid}), then removes a pid file whose process is gone.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration LEFTOVER_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on the given directory, creating the cluster on first use.
     *
     * @param dataDirectory   where the data lives
     * @param port            the port, 0 for a free one
     * @param keepData        false for a throw-away cluster (tests), true to keep it across runs
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean keepData) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopLeftoverServer(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    // Stopped by its owner (the Spring context, after the beans that still use the
                    // database while closing, e.g. the event publication registry), not by a JVM hook
                    // of its own that would race with the context's shutdown.
                    .setRegisterShutdownHook(false);
            if (keepData) {
                // zonky's defaults trade durability for speed (fsync off): right for tests, wrong for kept data
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL is listening on port {} with its data in {}", postgres.getPort(), directory);
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends a postmaster left running by a killed portal and removes a stale pid file. */
    static void stopLeftoverServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(EmbeddedPostgresServer::isPostgres);
        if (process.isPresent()) {
            log.warn(
                    "A PostgreSQL (pid {}) from an earlier run still holds {}; shutting it down", pid.get(), directory);
            process.get().destroy(); // SIGTERM: a smart shutdown; the killed portal's connections are gone
            waitForExit(process.get());
        }
        if (Files.deleteIfExists(pidFile)) {
            log.info("Removed the stale {}", pidFile);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
    }

    private static void waitForExit(ProcessHandle process) {
        Instant giveUp = Instant.now().plus(LEFTOVER_SHUTDOWN_WAIT);
        while (process.isAlive() && Instant.now().isBefore(giveUp)) {
            try {
                process.onExit().get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still shutting down: wait again until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                return;
            }
        }
        if (process.isAlive()) {
            log.warn("PostgreSQL pid {} did not stop in {}; killing it", process.pid(), LEFTOVER_SHUTDOWN_WAIT);
            process.destroyForcibly();
        }
    }
}
