package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.shared.NotFoundException;
import com.icpportal.support.PortalS3Test;
import com.icpportal.support.S3TestServer;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestFilesForUpload;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Documents in an S3 bucket (S3Proxy in this JVM): stored with their SHA-256, read back checked,
 * deleted; content changed behind the portal's back is refused on read; the sweep works from the
 * journal of written keys, not a listing of the bucket; the health check probes the bucket.
 */
@PortalS3Test
class S3DocumentStoreTest {

    static final S3Client bucket = S3TestServer.client();

    @Autowired
    DocumentStore store;

    @Autowired
    Documents documents;

    @Autowired
    DocumentSweep sweep;

    @Autowired
    S3Settings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData testData;

    @AfterAll
    static void closeClient() {
        bucket.close();
    }

    @Test
    void theS3StoreIsTheDocumentStore() {
        assertThat(store).isInstanceOf(S3DocumentStore.class);
    }

    @Test
    void storesReadsBackAndDeletesWithTheChecksumInTheBucket() throws Exception {
        byte[] content = TestFilesForUpload.png(700, 700);
        Incoming incoming = store.receive(new ByteArrayInputStream(content), 10_000_000);

        String key = store.commit(incoming);

        HeadObjectResponse head =
                bucket.headObject(request -> request.bucket(S3TestServer.BUCKET).key(settings.prefix() + key));
        assertThat(head.contentLength()).isEqualTo(content.length);
        assertThat(head.metadata()).containsEntry(S3DocumentStore.SHA256_METADATA, sha256(content));
        assertThat(jdbc.queryForObject(
                        "select count(*) from document_store_pending where storage_key = ?", Integer.class, key))
                .as("journalled for the sweep")
                .isEqualTo(1);
        assertThat(store.exists(key)).isTrue();
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        store.delete(key);

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> bucket.headObject(
                        request -> request.bucket(S3TestServer.BUCKET).key(settings.prefix() + key)))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from document_store_pending where storage_key = ?", Integer.class, key))
                .isZero();
    }

    @Test
    void contentChangedInTheBucketIsRefusedOnRead() throws Exception {
        TestAccount owner = testData.account("s3-owner", Role.APPLICANT);
        byte[] content = TestFilesForUpload.png(640, 640);
        DocumentView stored = ((UploadOutcome.Stored) documents.upload(new Upload(
                        owner.id(),
                        null,
                        null,
                        DocumentKind.ID_CARD_FRONT,
                        "front.png",
                        "image/png",
                        new ByteArrayInputStream(content))))
                .document();
        String key = jdbc.queryForObject("select storage_key from document where id = ?", String.class, stored.id());
        try (InputStream read = documents.open(stored.id(), owner.id(), false).content()) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }

        // one byte flipped, the metadata kept: what a failing disk or a careless copy does
        byte[] corrupted = content.clone();
        corrupted[corrupted.length - 20] ^= 0x01;
        bucket.putObject(
                request -> request.bucket(S3TestServer.BUCKET)
                        .key(settings.prefix() + key)
                        .metadata(Map.of(S3DocumentStore.SHA256_METADATA, sha256(content))),
                RequestBody.fromBytes(corrupted));

        assertThatThrownBy(() -> store.open(key)).isInstanceOf(S3DocumentStore.ChecksumMismatch.class);
        assertThatThrownBy(() -> documents.open(stored.id(), owner.id(), false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSweepDeletesJournalledObjectsWithoutARowAndForgetsTheOthers() throws Exception {
        TestAccount owner = testData.account("s3-sweep", Role.APPLICANT);
        // a put whose row never committed (the node died in between), two hours ago
        String orphan =
                store.commit(store.receive(new ByteArrayInputStream(TestFilesForUpload.png(10, 10)), 1_000_000));
        // an upload that committed its row
        DocumentView kept = ((UploadOutcome.Stored) documents.upload(new Upload(
                        owner.id(),
                        null,
                        null,
                        DocumentKind.ID_CARD_FRONT,
                        "kept.png",
                        "image/png",
                        new ByteArrayInputStream(TestFilesForUpload.png(640, 640)))))
                .document();
        String keptKey = jdbc.queryForObject("select storage_key from document where id = ?", String.class, kept.id());
        // a young put without a row: its upload may still be committing
        String young = store.commit(store.receive(new ByteArrayInputStream(TestFilesForUpload.png(12, 12)), 1_000_000));
        Timestamp twoHoursAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(2)));
        jdbc.update(
                "update document_store_pending set written_at = ? where storage_key in (?, ?)",
                twoHoursAgo,
                orphan,
                keptKey);

        DocumentSweep.Report report = sweep.sweep();

        assertThat(report.orphanFilesRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(store.exists(orphan)).isFalse();
        assertThat(store.exists(keptKey)).isTrue();
        assertThat(store.exists(young)).isTrue();
        assertThat(jdbc.queryForList(
                        "select storage_key from document_store_pending where storage_key in (?, ?, ?)",
                        String.class,
                        orphan,
                        keptKey,
                        young))
                .containsExactly(young);
        assertThat(report.missingFiles()).doesNotContain(keptKey);
        store.delete(young);
    }

    @Test
    void theHealthCheckProbesTheBucket() {
        sweep.sweep();
        assertThat(sweep.health().getStatus()).isEqualTo(Status.UP);
        assertThat(bucket.headObject(
                                request -> request.bucket(S3TestServer.BUCKET).key(settings.prefix() + ".probe"))
                        .contentLength())
                .isPositive();

        S3Settings wrongBucket = new S3Settings(
                settings.endpoint(),
                null,
                "no-such-bucket-" + UUID.randomUUID(),
                null,
                S3TestServer.ACCESS_KEY,
                S3TestServer.SECRET_KEY,
                true,
                null,
                null,
                null,
                null);
        try (S3Client client = S3TestServer.client()) {
            S3DocumentStore unreachable =
                    new S3DocumentStore(client, wrongBucket, null, jdbc, null, java.time.Clock.systemUTC());
            assertThat(unreachable.probe()).isPresent();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
