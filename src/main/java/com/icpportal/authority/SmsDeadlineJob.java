package com.icpportal.authority;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.shared.ClusterJobs;

/**
 * The administration's rule that the principals verify within 48 hours: every
 * {@code portal.authority.sms-expiry-interval} it rejects the SMS_VERIFICATION orders whose
 * deadline passed. Safe to run on several nodes at once (the rows are locked, others skipped).
 */
@Component
public class SmsDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(SmsDeadlineJob.class);
    private static final int BATCH = 100;

    static final String INTERVAL = "${portal.authority.sms-expiry-interval:PT1M}";

    private final AdministrationRecords records;
    private final ClusterJobs jobs;

    SmsDeadlineJob(AdministrationRecords records, ClusterJobs jobs) {
        this.records = records;
        this.jobs = jobs;
    }

    /** Once per cluster and interval ({@link ClusterJobs}). */
    @Scheduled(
            initialDelayString = "${portal.authority.sms-expiry-initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void scheduled() {
        jobs.runOnce("sms-expiry", INTERVAL, this::rejectExpired);
    }

    /**
     * Synchronized so that a run started by hand (tests, an operator) waits for the scheduled one in
     * this process; other processes are kept apart by the database lock.
     *
     * @return how many orders it rejected
     */
    public synchronized int rejectExpired() {
        int total = 0;
        List<UUID> batch;
        do {
            batch = records.expireSmsVerifications(BATCH);
            total += batch.size();
        } while (batch.size() == BATCH);
        if (total > 0) {
            log.info("Rejected {} orders whose 48 hours of SMS verification passed", total);
        }
        return total;
    }
}
