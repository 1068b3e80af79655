package com.icpportal.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.ClusterJobs;

/**
 * Keeps the store and the table in step: removes files that have no row once they are older than
 * the grace period (an upload that crashed between writing the file and committing the row), and
 * reports rows whose file is missing, as the {@code documentStore} health indicator's details.
 *
 * <p>With documents in S3 ({@link S3DocumentStore}) the "files" are the journal of keys the store
 * wrote, not a listing of the bucket, the rows checked are those written since the previous sweep,
 * and the health indicator also reports the store's probe of the bucket.
 *
 * <p>At start-up it first removes everything an earlier process of this node left in its own part of
 * the incoming area (partial uploads and multipart parts of requests a crash cut off: nothing there
 * older than this JVM can still be in use; other nodes' parts are left to the sweep, which goes by
 * age), then sweeps once, so that the health component reports from the start.
 */
@Component("documentStoreHealthIndicator")
class DocumentSweep implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DocumentSweep.class);
    private static final int BATCH = 1000;
    private static final java.time.Duration RECHECK_MARGIN = java.time.Duration.ofMinutes(10);
    static final String INTERVAL = "${portal.documents.sweep-interval:PT30M}";

    private final DocumentStore store;
    private final DocumentRepository documents;
    private final DocumentSettings settings;
    private final Clock clock;
    private final ClusterJobs jobs;
    private final AtomicReference<Report> last = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    DocumentSweep(
            DocumentStore store,
            DocumentRepository documents,
            DocumentSettings settings,
            Clock clock,
            ClusterJobs jobs) {
        this.store = store;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** What a sweep did and found. */
    record Report(Instant at, int orphanFilesRemoved, int abandonedUploadsRemoved, List<String> missingFiles) {}

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        Instant processStart =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            int leftovers = store.discardOwnAbandoned(processStart);
            if (leftovers > 0) {
                log.warn("Removed {} partial uploads an earlier process left in the incoming area", leftovers);
            }
            sweep();
        } catch (IOException | UncheckedIOException e) {
            failure.set(e.getMessage());
            log.error("The document store could not be checked at start-up: {}", e.getMessage());
        }
    }

    /** Once per cluster and interval ({@link ClusterJobs}): the nodes share the store. */
    @Scheduled(
            initialDelayString = "${portal.documents.sweep-initial-delay:" + INTERVAL + "}",
            fixedDelayString = INTERVAL)
    public void scheduled() {
        jobs.runOnce("document-sweep", INTERVAL, this::sweep);
    }

    @Transactional(readOnly = true)
    Report sweep() {
        Instant cutoff = clock.instant().minus(settings.sweepGrace());
        try {
            int abandoned = store.discardAbandoned(cutoff);
            List<DocumentStore.StoredKey> old = store.keys().stream()
                    .filter(stored -> stored.writtenAt().isBefore(cutoff))
                    .toList();
            int removed = 0;
            for (int from = 0; from < old.size(); from += BATCH) {
                List<String> batch = old.subList(from, Math.min(old.size(), from + BATCH)).stream()
                        .map(DocumentStore.StoredKey::key)
                        .toList();
                Set<String> known = new HashSet<>(documents.findExistingKeys(batch));
                for (String key : batch) {
                    if (!known.contains(key)) {
                        store.delete(key);
                        removed++;
                    }
                }
                store.forget(batch);
            }
            List<String> missing = new ArrayList<>();
            Report previous = last.get();
            // An object store checks the rows written since the previous sweep (with a margin for
            // transactions that committed while it ran), not a request per document on every run.
            List<String> toCheck = store.checksEveryRow()
                    ? documents.findAllKeys()
                    : documents.findKeysUploadedSince(
                            (previous == null ? cutoff : previous.at()).minus(RECHECK_MARGIN));
            for (String key : toCheck) {
                if (!store.exists(key)) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                log.warn("{} document rows have no file in the store", missing.size());
            }
            Report report = new Report(clock.instant(), removed, abandoned, List.copyOf(missing));
            last.set(report);
            failure.set(null);
            return report;
        } catch (IOException e) {
            failure.set(e.toString());
            throw new UncheckedIOException("the document sweep could not read the store", e);
        }
    }

    @Override
    public Health health() {
        Report report = last.get();
        String problem = failure.get();
        if (problem != null) {
            return Health.down().withDetail("error", problem).build();
        }
        java.util.Optional<String> probe = store.probe();
        if (probe.isPresent()) {
            return Health.down().withDetail("probe", probe.get()).build();
        }
        if (report == null) {
            return Health.unknown().withDetail("sweep", "not run yet").build();
        }
        return Health.up()
                .withDetail("lastSweep", report.at().toString())
                .withDetail("missingFiles", report.missingFiles().size())
                .withDetail("orphanFilesRemoved", report.orphanFilesRemoved())
                .build();
    }
}
