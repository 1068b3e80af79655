package com.icpportal.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import com.icpportal.shared.ClusterJobs;

/**
 * Deletes expired sessions from PostgreSQL once per cluster and interval. Spring Session's own
 * per-node cleanup timer is off ({@code spring.session.jdbc.cleanup-cron: "-"}): with it, every node
 * would run the same delete every minute. Without Spring Session (sessions in the servlet container,
 * as in the MockMvc tests) there is nothing to clean.
 */
@Component
class SessionCleanup {

    static final String INTERVAL = "${portal.session.cleanup-interval:PT5M}";

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final ClusterJobs jobs;

    SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions, ClusterJobs jobs) {
        this.sessions = sessions;
        this.jobs = jobs;
    }

    @Scheduled(
            initialDelayString = "${portal.session.cleanup-initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void scheduled() {
        sessions.ifAvailable(
                repository -> jobs.runOnce("session-cleanup", INTERVAL, repository::cleanUpExpiredSessions));
    }
}
