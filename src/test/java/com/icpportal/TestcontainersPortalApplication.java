package com.icpportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Runs the portal against PostgreSQL 17 in a Docker container instead of the embedded database:
 * {@code ./mvnw spring-boot:test-run}. Needs a Docker engine.
 */
public class TestcontainersPortalApplication {

    public static void main(String[] args) {
        String[] withoutEmbeddedDatabase = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--portal.embedded-db.enabled=false"), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        SpringApplication.from(IcpPortalApplication::main)
                .with(ContainerDatabase.class)
                .run(withoutEmbeddedDatabase);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class ContainerDatabase {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer("postgres:17");
        }
    }
}
