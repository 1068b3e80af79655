package com.icpportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps its data across restarts and recovers from a killed portal. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesARestartAndALeftoverServer() throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0, true)) {
            execute(first, "create table kept (value text); insert into kept values ('still here')");
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0, true);
        assertThat(query(second, "select value from kept")).isEqualTo("still here");
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        // As after kill -9 of the portal: the postmaster still runs and holds the directory.
        EmbeddedPostgresServer.stopLeftoverServer(data);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        releaseLockOf(second);

        try (EmbeddedPostgresServer third = EmbeddedPostgresServer.start(data, 0, true)) {
            assertThat(query(third, "select value from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aStalePidFileIsRemoved() throws Exception {
        Path data = Files.createDirectories(directory.resolve("stale"));
        Files.writeString(data.resolve("postmaster.pid"), "2147483\n" + data + "\n", StandardCharsets.UTF_8);
        EmbeddedPostgresServer.stopLeftoverServer(data);
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    /** A killed JVM loses its lock on the directory; in this JVM the stopped server's object must let go. */
    private static void releaseLockOf(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (RuntimeException alreadyStopped) {
            // its postmaster is gone already: only the lock needed releasing
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
