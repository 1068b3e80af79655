package com.icpportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icpportal.database.EmbeddedPostgresServer;

/**
 * One embedded PostgreSQL per test JVM, in a throw-away directory, shared by every Spring context
 * of the run. Contexts see it as an external database, so the portal's own embedded database and
 * its demo data stay off unless a test asks for them.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The machine API's token in tests ({@code Authorization: Bearer …}). */
    public static final String TEST_API_TOKEN = "test-api-token-0123456789";

    /** Spring Session JDBC's auto-configuration, which the MockMvc contexts leave out. */
    public static final String SPRING_SESSION =
            "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";

    private static EmbeddedPostgresServer server;
    private static java.nio.file.Path uploads;

    /** The shared server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                server = EmbeddedPostgresServer.start(Files.createTempDirectory("icp-portal-test-db"), 0, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // After the Spring contexts have closed (their beans, such as Modulith's event publication
            // registry, still use the database while closing), not in a JVM hook racing with them.
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(server::close);
        }
        return server;
    }

    /** The uploads of this test run, beside its throw-away database (never a developer's ./data/uploads). */
    static synchronized java.nio.file.Path uploads() {
        if (uploads == null) {
            try {
                uploads = Files.createTempDirectory("icp-portal-test-uploads");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer database = server();
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "spring.datasource.url",
                database.jdbcUrl(),
                "spring.datasource.username",
                database.username(),
                "spring.datasource.password",
                "",
                "portal.documents.directory",
                uploads().toString(),
                // Tests run the overdue job themselves, at the times they fix.
                "portal.overdue.initial-delay",
                "PT12H",
                "portal.api.token",
                TEST_API_TOKEN));
        // MockMvc hands sessions to requests itself (MockHttpSession), which Spring Session's filter
        // would not see: the MockMvc contexts keep the container's sessions. The sessions in
        // PostgreSQL are tested with two real nodes (TwoNodesTest), which set portal.test.spring-session.
        if (!context.getEnvironment().getProperty("portal.test.spring-session", Boolean.class, false)) {
            properties.put("spring.autoconfigure.exclude", SPRING_SESSION);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
    }
}
