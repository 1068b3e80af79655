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
 * The DataSource is wrapped with datasource-proxy ({@link Configuration}, imported by
 * {@link PortalTest}, so that the counting tests share the common context). A thread counts only
 * after its {@link #reset()}: the other tests' statements are not kept.
 */
public final class StatementCounter {

    /** Null on a thread that has not been reset: it counts nothing. */
    private static final ThreadLocal<int[]> COUNTS = new ThreadLocal<>();

    private static final ThreadLocal<java.util.List<String>> SQL = new ThreadLocal<>();

    private StatementCounter() {}

    /** Statements and transactions on this thread since the last reset. */
    public record Counts(int statements, int transactions) {}

    public static void reset() {
        COUNTS.set(new int[2]);
        SQL.set(new java.util.ArrayList<>());
    }

    /** Stops counting on this thread (the tests after a counting one run on the same thread). */
    public static void stop() {
        COUNTS.remove();
        SQL.remove();
    }

    /** The statements on this thread since the last reset, for a failure message. */
    public static java.util.List<String> statements() {
        java.util.List<String> statements = SQL.get();
        return statements == null ? java.util.List.of() : java.util.List.copyOf(statements);
    }

    public static Counts counts() {
        int[] counts = COUNTS.get();
        return counts == null ? new Counts(0, 0) : new Counts(counts[0], counts[1]);
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
                                int[] counts = COUNTS.get();
                                if (counts != null) {
                                    counts[0] += Math.max(1, queries.size());
                                    queries.forEach(query -> SQL.get().add(query.getQuery()));
                                }
                            })
                            .afterMethod(method -> {
                                String name = method.getMethod().getName();
                                int[] counts = COUNTS.get();
                                if (counts != null
                                        && method.getTarget() instanceof Connection
                                        && (name.equals("commit") || name.equals("rollback"))) {
                                    counts[1]++;
                                }
                            })
                            .build();
                }
            };
        }
    }
}
