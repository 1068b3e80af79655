package com.icpportal.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts the embedded PostgreSQL, a pooled DataSource on it and the watch that restarts it when it
 * dies, unless an external database is
 * configured ({@code spring.datasource.url}), the embedded one is switched off
 * ({@code portal.embedded-db.enabled=false}), or the jar was built without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnProperty(name = "portal.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port(), true);
    }

    /**
     * The pool on the embedded server. {@code spring.datasource.hikari.*} applies as to an external
     * database (the short {@code connection-timeout} that makes pages fail fast while the database
     * is down, in application.yml).
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean
    EmbeddedDatabaseWatch embeddedDatabaseWatch(
            EmbeddedPostgresServer server,
            DataSource dataSource,
            ApplicationEventPublisher events,
            EmbeddedDatabaseProperties properties) {
        return new EmbeddedDatabaseWatch(server, dataSource, events, properties.watchInterval());
    }
}
