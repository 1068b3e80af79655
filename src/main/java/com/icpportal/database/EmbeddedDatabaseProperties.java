package com.icpportal.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param enabled       whether to start it when no {@code spring.datasource.url} is configured
 * @param dataDirectory where its data lives; kept across restarts
 * @param port          the port to listen on, 0 for any free port
 * @param watchInterval how often the portal checks that it runs, to restart it when it died (default 2 s)
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(Boolean enabled, Path dataDirectory, Integer port, Duration watchInterval) {

    public EmbeddedDatabaseProperties {
        enabled = enabled == null || enabled;
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        port = port == null ? 0 : port;
        watchInterval = watchInterval == null ? Duration.ofSeconds(2) : watchInterval;
    }
}
