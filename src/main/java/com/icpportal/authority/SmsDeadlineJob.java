package com.icpportal.authority;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.AdministrationRecords;

/**
 * The administration's rule that the principals verify within 48 hours: every
 * {@code portal.authority.sms-expiry-interval} it rejects the SMS_VERIFICATION orders whose
 * deadline passed. Safe to run on several nodes at once (the rows are locked, others skipped).
 */
@Component
public class SmsDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(SmsDeadlineJob.class);
    private static final int BATCH = 100;

    private final AdministrationRecords records;

    SmsDeadlineJob(AdministrationRecords records) {
        this.records = records;
    }

    /**
     * Synchronized so that a run started by hand (tests, an operator) waits for the scheduled one in
     * this process; other processes are kept apart by the database lock.
     *
     * @return how many orders it rejected
     */
    @Scheduled(
            fixedDelayString = "${portal.authority.sms-expiry-interval:PT1M}",
            initialDelayString = "${portal.authority.sms-expiry-interval:PT1M}")
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
