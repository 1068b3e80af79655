package com.icpportal.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;

/** ShedLock on the portal's PostgreSQL, behind {@link ClusterJobs}. */
@Configuration(proxyBeanMethods = false)
class ClusterJobsConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${portal.cluster.node-name:}") String nodeName) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                // Named, not detected: detection on first use fails for good if the database is
                // unreachable at that moment (then every job would fail after the outage too).
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                // The database's clock decides when a lock ends, not each node's own.
                .usingDbTime()
                .withLockedByValue(nodeName.isBlank() ? hostName() : nodeName)
                .build());
    }

    @Bean
    ClusterJobs clusterJobs(
            LockProvider lockProvider,
            Environment environment,
            @Value("${portal.jobs.lock-at-most-for:PT10M}") Duration lockAtMostFor) {
        return new ClusterJobs(lockProvider, environment, lockAtMostFor);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
