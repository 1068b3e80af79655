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
 *
 * <p>When the postmaster itself dies, {@link #restart(Duration)} starts it again with
 * {@code pg_ctl restart}, on the same data, port and options (PostgreSQL's {@code postmaster.opts});
 * {@link EmbeddedDatabaseWatch} calls it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration LEFTOVER_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private static final int OUTPUT_LINES_KEPT = 20;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private volatile boolean closed;
    private volatile Process restarting;

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

    /** Whether the postmaster named in {@code postmaster.pid} is alive. */
    public boolean isRunning() {
        return postmaster().isPresent();
    }

    /** The running postmaster's process id. */
    public Optional<Long> pid() {
        return postmaster().map(ProcessHandle::pid);
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            return readPid(dataDirectory.resolve("postmaster.pid"))
                    .flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(EmbeddedPostgresServer::isPostgres);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // the pid file is being rewritten: look again on the next check
        }
    }

    /**
     * Starts PostgreSQL again after its postmaster died, on the same data directory, port and
     * options, and waits until it accepts connections. PostgreSQL itself refuses to start while a
     * process of the dead server still uses its shared memory (the caller tries again). Crash
     * recovery replays the WAL, so nothing committed is lost.
     *
     * @param wait how long PostgreSQL may take to start (crash recovery included)
     * @return true when it runs again; false when it did not start (or this server is being closed)
     */
    public boolean restart(Duration wait) throws IOException, InterruptedException {
        if (closed) {
            return false;
        }
        Path postgresBinary = postgresBinary();
        List<String> command = new java.util.ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky starts it: pg_ctl refuses to run as root
        }
        command.addAll(List.of(
                postgresBinary.resolveSibling("pg_ctl").toString(),
                "restart",
                "-D",
                dataDirectory.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                Long.toString(Math.max(1, wait.toSeconds()))));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        restarting = process;
        java.util.Deque<String> output = new java.util.concurrent.ConcurrentLinkedDeque<>();
        Thread reader = new Thread(() -> keepLastLines(process, output), "embedded-postgres-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(wait.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("pg_ctl restart did not finish in {}", wait);
                return false;
            }
        } finally {
            restarting = null;
        }
        if (process.exitValue() != 0 || !isRunning()) {
            reader.join(1000); // the failed server has closed its output: let its last lines arrive
            log.warn(
                    "pg_ctl restart exited with {}: {}",
                    process.exitValue(),
                    String.join(" | ", output).replaceAll("\\s+", " "));
            return false;
        }
        return !closed;
    }

    /** The postgres binary the server was started with: the first word of {@code postmaster.opts}. */
    private Path postgresBinary() throws IOException {
        String options = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8)
                .strip();
        int space = options.indexOf(' ');
        return Path.of(space < 0 ? options : options.substring(0, space));
    }

    /**
     * Reads what pg_ctl and the server it starts print (the server keeps the pipe open for its life;
     * a full pipe would block it), keeping the last lines for a message when the restart fails.
     */
    private static void keepLastLines(Process process, java.util.Deque<String> output) {
        try (var lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.debug("postgres: {}", line);
                output.addLast(line);
                while (output.size() > OUTPUT_LINES_KEPT) {
                    output.pollFirst();
                }
            }
        } catch (IOException e) {
            // the server closed its output
        }
    }

    /**
     * Stops the server, also when its postmaster is gone already (then there is nothing to stop and
     * this returns at once); a restart under way is abandoned.
     */
    @Override
    public void close() {
        closed = true;
        Process inProgress = restarting;
        if (inProgress != null) {
            inProgress.destroyForcibly();
        }
        boolean wasRunning = isRunning();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<ProcessHandle> left = postmaster();
        if (left.isPresent()) {
            log.warn(
                    "Embedded PostgreSQL (pid {}) did not stop; killing it",
                    left.get().pid());
            left.get().destroyForcibly();
        } else {
            log.info(wasRunning ? "Embedded PostgreSQL stopped" : "Embedded PostgreSQL was not running");
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
