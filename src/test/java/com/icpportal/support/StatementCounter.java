package com.icpportal.support;

import java.sql.Connection;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what the current thread sends to the database: SQL statements (Hibernate's and
 * JdbcTemplate's alike, each statement of a batch once) and transactions (commits and rollbacks).
 * MockMvc runs a request on the test's thread, so the counts between {@link #reset()} and
 * {@link #counts()} are that request's; scheduled jobs on other threads do not add to them.
 * The DataSource is wrapped with datasource-proxy ({@link Configuration}, imported by the tests
 * that count).
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[2]);
    private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

    private StatementCounter() {}

    /** Statements and transactions on this thread since the last reset. */
    public record Counts(int statements, int transactions) {}

    public static void reset() {
        COUNTS.set(new int[2]);
        SQL.set(new java.util.ArrayList<>());
    }

    /** The statements on this thread since the last reset, for a failure message. */
    public static java.util.List<String> statements() {
        return java.util.List.copyOf(SQL.get());
    }

    public static Counts counts() {
        int[] counts = COUNTS.get();
        return new Counts(counts[0], counts[1]);
    }

    /** Wraps the portal's DataSource so that every statement and commit is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof ProxyDataSource) {
                        return bean;
                    }
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("counted")
                            .afterQuery((execution, queries) -> {
                                COUNTS.get()[0] += Math.max(1, queries.size());
                                queries.forEach(query -> SQL.get().add(query.getQuery()));
                            })
                            .afterMethod(method -> {
                                String name = method.getMethod().getName();
                                if (method.getTarget() instanceof Connection
                                        && (name.equals("commit") || name.equals("rollback"))) {
                                    COUNTS.get()[1]++;
                                }
                            })
                            .build();
                }
            };
        }
    }
}
