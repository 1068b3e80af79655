package com.icpportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The portal on a PostgreSQL 17 container; skipped where no Docker engine runs (as on CI here). */
@SpringBootTest(properties = "portal.embedded-db.enabled=false")
@Testcontainers(disabledWithoutDocker = true)
class ContainerDatabaseTest {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsApplyOnTheContainer() {
        assertThat(jdbc.queryForObject("select count(*) from province", Integer.class))
                .isEqualTo(31);
    }
}
