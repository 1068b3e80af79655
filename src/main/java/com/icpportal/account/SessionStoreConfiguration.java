package com.icpportal.account;

import java.time.Duration;
import javax.sql.DataSource;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.annotation.web.http.SpringHttpSessionConfiguration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the sessions in PostgreSQL (Spring Session JDBC, set up by Spring Boot) cheaper per request,
 * with the same behaviour for every node:
 *
 * <ul>
 *   <li>the session filter works through {@link CoarseLastAccessSessions}: the last-access time is
 *       written once per {@code portal.session.last-access-resolution} (default 60 s), not on every
 *       request;
 *   <li>Spring Session's own statements run in plain JDBC transactions ({@link JdbcTransactionManager}
 *       on the same data source) instead of the JPA transaction manager, which opened a Hibernate
 *       session for each read and write of the session row;
 *   <li>the session is read once per request ({@link SessionReadsPerRequest}), not again when Spring
 *       Session commits it a second time at the end of the request;
 *   <li>a session's sign-in is deserialized once per stored form, not on every request
 *       ({@link RememberedSignIns}).
 * </ul>
 *
 * Both are applied to Boot's own beans by post-processors, so that Boot's configuration of Spring
 * Session (table, timeout, cookie) stays as it is. Without Spring Session (the MockMvc tests keep
 * the container's sessions) nothing happens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionStoreConfiguration {

    static final String RESOLUTION = "portal.session.last-access-resolution";
    static final Duration DEFAULT_RESOLUTION = Duration.ofSeconds(60);

    @Bean
    FilterRegistrationBean<SessionReadsPerRequest> sessionReadsPerRequest() {
        FilterRegistrationBean<SessionReadsPerRequest> registration =
                new FilterRegistrationBean<>(new SessionReadsPerRequest());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    static BeanPostProcessor sessionStoreTuning(
            ObjectProvider<DataSource> dataSource,
            ObjectProvider<JdbcIndexedSessionRepository> jdbcSessions,
            ObjectProvider<SpringHttpSessionConfiguration> sessionConfiguration,
            Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JdbcHttpSessionConfiguration jdbc) {
                    JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource.getObject());
                    TransactionTemplate template = new TransactionTemplate(transactions);
                    // as Spring Session's own template: its statements never join a caller's transaction
                    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                    jdbc.setTransactionOperations(template);
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JdbcIndexedSessionRepository repository) {
                    repository.setConversionService(
                            RememberedSignIns.conversions(SessionStoreConfiguration.class.getClassLoader()));
                    return bean;
                }
                if (!(bean instanceof SessionRepositoryFilter<?>) || bean.getClass() != SessionRepositoryFilter.class) {
                    return bean;
                }
                JdbcIndexedSessionRepository sessions = jdbcSessions.getIfUnique();
                if (sessions != null) {
                    Duration resolution = Binder.get(environment)
                            .bind(RESOLUTION, Duration.class)
                            .orElse(DEFAULT_RESOLUTION);
                    // the same configuration (cookie, id resolver), around the coarse repository
                    return sessionConfiguration
                            .getObject()
                            .springSessionRepositoryFilter(new CoarseLastAccessSessions(sessions, resolution));
                }
                return bean;
            }
        };
    }
}
