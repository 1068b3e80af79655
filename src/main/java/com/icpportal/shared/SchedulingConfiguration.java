package com.icpportal.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.TaskUtils;

/** Scheduled jobs (the document sweep, later reminders and deadlines) run in every portal process. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    /**
     * A job that fails because the database cannot be reached logs one WARN line (it runs again on
     * its schedule once the database is back), not a stack trace on every run of every job while the
     * outage lasts; any other failure keeps its ERROR with the stack trace.
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer quietDuringDatabaseOutages() {
        return scheduler -> scheduler.setErrorHandler(failure -> {
            if (DatabaseUnreachable.causedBy(failure)) {
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                log.warn("A scheduled job could not reach the database: {}", root.toString());
            } else {
                TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
            }
        });
    }
}
