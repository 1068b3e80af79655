package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/**
 * The sweep keeps the store and the table in step after a crash: a file with no row (the JVM died
 * between the move and the commit) and an upload never committed are removed once older than the
 * grace period; files with a row, and young ones, stay; a row whose file is gone is reported, also
 * by the {@code documentStore} health component.
 */
@PortalTest
class DocumentSweepTest {

    @Autowired
    DocumentSweep sweep;

    @Autowired
    DocumentStore store;

    @Autowired
    DocumentSettings settings;

    @Autowired
    Documents documents;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    /** Whether the store is a developer's (see {@link #notADevelopersStore()}); then nothing is swept. */
    boolean shared = true;

    TestAccount owner;
    TestFiling filing;
    final List<String> keysToDelete = new ArrayList<>();
    final List<Path> filesToDelete = new ArrayList<>();
    final List<UUID> rowsToDelete = new ArrayList<>();

    /**
     * The sweep deletes every old file that has no row in the test database. While the tests keep
     * their uploads in the default {@code ./data/uploads} next to a developer's embedded database
     * ({@code ./data/postgres}), those are the developer's documents: do not sweep them away.
     */
    @BeforeEach
    void notADevelopersStore() {
        Path root = StoreSnapshot.root(settings);
        Path developersDatabase = Path.of(
                        environment.getProperty("portal.embedded-db.data-directory", "./data/postgres"))
                .toAbsolutePath()
                .normalize();
        shared = root.equals(Path.of("data", "uploads").toAbsolutePath().normalize())
                && Files.isDirectory(developersDatabase);
        assumeFalse(
                shared,
                "the test store " + root + " is the upload directory of the developer database " + developersDatabase
                        + "; give the tests their own portal.documents.directory to run the sweep tests");
    }

    @BeforeEach
    void owner() {
        owner = testData.account("sweep", Role.APPLICANT);
        filing = testData.beijingFiling(owner, "北京清理测试有限公司", TestData.uniqueDomain("sweep"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (shared) {
            return;
        }
        for (String key : keysToDelete) {
            store.delete(key);
        }
        for (Path file : filesToDelete) {
            Files.deleteIfExists(file);
        }
        for (UUID id : rowsToDelete) {
            jdbc.update("delete from document_attachment where document_id = ?", id);
            jdbc.update("delete from document where id = ?", id);
        }
        // Leave the health component as a fresh sweep sees the store, not with this test's missing file.
        sweep.sweep();
    }

    @Test
    void removesOldFilesWithoutARowAndAbandonedUploadsAndKeepsTheRest() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        assertThat(settings.sweepGrace()).isLessThan(Duration.ofHours(2));

        // The JVM died after the move and before the row was committed.
        String orphan = committedWithoutRow();
        age(StoreSnapshot.fileOf(settings, orphan), twoHoursAgo);
        // The JVM died while the upload was still in .incoming.
        Incoming abandoned = store.receive(new ByteArrayInputStream(TestFilesForUpload.png(10, 10)), 1024 * 1024);
        filesToDelete.add(abandoned.temporary());
        age(abandoned.temporary(), twoHoursAgo);
        // The same, but just now: it may be an upload whose row is about to commit.
        String freshOrphan = committedWithoutRow();
        Incoming freshIncoming = store.receive(new ByteArrayInputStream(TestFilesForUpload.png(10, 10)), 1024 * 1024);
        filesToDelete.add(freshIncoming.temporary());
        // An old file with its row.
        DocumentView kept = upload("kept.png");
        Path keptFile = StoreSnapshot.fileOf(settings, storageKey(kept.id()));
        age(keptFile, twoHoursAgo);

        DocumentSweep.Report report = sweep.sweep();

        assertThat(StoreSnapshot.fileOf(settings, orphan)).doesNotExist();
        assertThat(abandoned.temporary()).doesNotExist();
        assertThat(StoreSnapshot.fileOf(settings, freshOrphan)).exists();
        assertThat(freshIncoming.temporary()).exists();
        assertThat(keptFile).exists();
        assertThat(store.exists(storageKey(kept.id()))).isTrue();
        assertThat(report.orphanFilesRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(report.abandonedUploadsRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(report.missingFiles()).doesNotContain(storageKey(kept.id()), freshOrphan);
        try (var in = documents.open(kept.id(), owner.id(), false).content()) {
            assertThat(in.readAllBytes()).hasSize((int) kept.sizeBytes());
        }
    }

    @Test
    void aRowWhoseFileIsGoneIsReportedAsMissingAlsoByTheHealthComponent() throws Exception {
        DocumentView lost = upload("lost.png");
        rowsToDelete.add(lost.id());
        String key = storageKey(lost.id());
        Files.delete(StoreSnapshot.fileOf(settings, key));

        DocumentSweep.Report report = sweep.sweep();

        assertThat(report.missingFiles()).contains(key);
        Health health = sweep.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("lastSweep", "missingFiles", "orphanFilesRemoved");
        assertThat((Integer) health.getDetails().get("missingFiles")).isGreaterThanOrEqualTo(1);
        assertThat(health.getDetails().get("missingFiles"))
                .isEqualTo(report.missingFiles().size());
    }

    @Test
    void theStoreIsCheckedAtStartUpWhichRemovesWhatAnEarlierProcessOfThisNodeLeftInItsIncomingArea() throws Exception {
        assertThat(sweep.health().getStatus())
                .as("checked once at start-up, not UNKNOWN until the first scheduled sweep")
                .isEqualTo(Status.UP);
        assertThat(sweep.health().getDetails()).containsKey("lastSweep");

        Instant beforeThisProcess = Instant.ofEpochMilli(
                        ManagementFactory.getRuntimeMXBean().getStartTime())
                .minusSeconds(60);
        Path incoming = ((FileSystemDocumentStore) store).ownIncomingArea();
        Path multipart = ((FileSystemDocumentStore) store).multipartArea();
        assertThat(multipart.getParent()).isEqualTo(incoming);
        assertThat(incoming.getParent()).isEqualTo(StoreSnapshot.root(settings).resolve(".incoming"));
        // What kill -9 during uploads leaves: a partial copy into the store, and the container's part.
        Path partialCopy = Files.write(incoming.resolve("upload-leftover.part"), new byte[4096]);
        Path partialPart = Files.write(multipart.resolve("upload_leftover_00000001.tmp"), new byte[8192]);
        Files.setLastModifiedTime(partialCopy, FileTime.from(beforeThisProcess));
        Files.setLastModifiedTime(partialPart, FileTime.from(beforeThisProcess));
        // A part of a request of this process, still being received.
        Path current = Files.write(multipart.resolve("upload_current_00000002.tmp"), new byte[8192]);
        filesToDelete.add(current);
        // Another node sharing the directory, receiving an upload it began before this node restarted.
        Path otherNode =
                Files.createDirectories(incoming.resolveSibling("other-node").resolve("multipart"));
        Path othersUpload = Files.write(otherNode.resolve("upload_other_00000003.tmp"), new byte[8192]);
        Files.setLastModifiedTime(othersUpload, FileTime.from(beforeThisProcess));
        filesToDelete.add(othersUpload);

        sweep.atStartup();

        assertThat(partialCopy).doesNotExist();
        assertThat(partialPart).doesNotExist();
        assertThat(current).exists();
        assertThat(othersUpload).as("another node's upload in progress").exists();
        assertThat(multipart).as("the container writes parts there").isDirectory();
        assertThat(sweep.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theSweepClearsEveryNodesIncomingAreaByAgeOnly() throws Exception {
        Path otherNode = Files.createDirectories(
                ((FileSystemDocumentStore) store).ownIncomingArea().resolveSibling("gone-node"));
        Path abandoned = Files.write(otherNode.resolve("upload-abandoned.part"), new byte[1024]);
        Files.setLastModifiedTime(
                abandoned,
                FileTime.from(Instant.now().minus(settings.sweepGrace()).minusSeconds(60)));
        Path recent = Files.write(otherNode.resolve("upload-recent.part"), new byte[1024]);
        filesToDelete.add(recent);

        sweep.sweep();

        assertThat(abandoned)
                .as("older than the grace period, on a node that is gone")
                .doesNotExist();
        assertThat(recent)
                .as("within the grace period: maybe still being received")
                .exists();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Received and committed through the store, with no row: exactly what a crash after the move leaves. */
    private String committedWithoutRow() throws IOException {
        Incoming incoming = store.receive(new ByteArrayInputStream(TestFilesForUpload.png(12, 12)), 1024 * 1024);
        String key = store.commit(incoming);
        keysToDelete.add(key);
        assertThat(StoreSnapshot.fileOf(settings, key)).exists();
        return key;
    }

    private DocumentView upload(String name) {
        UploadOutcome outcome = documents.upload(new Upload(
                owner.id(),
                filing.id(),
                null,
                DocumentKind.ID_CARD_FRONT,
                name,
                "image/png",
                new ByteArrayInputStream(TestFilesForUpload.png(300, 200))));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        return ((UploadOutcome.Stored) outcome).document();
    }

    private String storageKey(UUID documentId) {
        return jdbc.queryForObject("select storage_key from document where id = ?", String.class, documentId);
    }

    private static void age(Path file, Instant modified) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(modified));
        assertThat(Files.getLastModifiedTime(file).toInstant())
                .isBefore(Instant.now().minus(Duration.ofHours(1)));
    }
}
