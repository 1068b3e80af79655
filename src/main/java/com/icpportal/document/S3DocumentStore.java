package com.icpportal.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Documents as objects in an S3-compatible bucket ({@code portal.documents.store=s3}), so that every
 * node of a cluster reads what any node wrote.
 *
 * <ul>
 *   <li>Uploads are still received into the local incoming area ({@link FileSystemDocumentStore}),
 *       which counts, hashes and bounds them; only committed content goes to the bucket.
 *   <li>Checked on write: each put carries its MD5 ({@code Content-MD5}, which every S3-compatible
 *       server checks) and its SHA-256 ({@code x-amz-checksum-sha256}, checked by those that know it),
 *       so that a corrupted transfer is refused by the server. Checked on read: the object is
 *       fetched into the incoming area while its SHA-256 is computed, and handed out only when that
 *       equals the SHA-256 stored with it (its {@code sha256} metadata); otherwise the read fails.
 *   <li>Each key is journalled in {@code document_store_pending} before its put, so that the sweep
 *       finds objects without a row from the database instead of listing the bucket.
 *   <li>Server-side encryption ({@code AES256} or {@code aws:kms} with a key id) as set.
 * </ul>
 */
class S3DocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStore.class);
    static final String SHA256_METADATA = "sha256";
    private static final byte[] PROBE = "ICP change portal: document store probe\n".getBytes(StandardCharsets.UTF_8);

    private final S3Client s3;
    private final S3Settings settings;
    private final FileSystemDocumentStore incomingArea;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AtomicReference<ProbeResult> lastProbe = new AtomicReference<>();

    private record ProbeResult(Instant at, Optional<String> problem) {}

    S3DocumentStore(
            S3Client s3,
            S3Settings settings,
            FileSystemDocumentStore incomingArea,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.s3 = s3;
        this.settings = settings;
        this.incomingArea = incomingArea;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // the journal entry must survive the rollback of a caller's transaction
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Incoming receive(InputStream content, long limit) throws IOException {
        return incomingArea.receive(content, limit);
    }

    @Override
    public String commit(Incoming incoming) throws IOException {
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into document_store_pending (storage_key, written_at) values (?, ?)",
                key,
                Timestamp.from(now)));
        PutObjectRequest.Builder put = PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(objectKey(key))
                .contentLength(incoming.size())
                .contentMD5(md5Base64(incoming.temporary()))
                .checksumSHA256(
                        Base64.getEncoder().encodeToString(HexFormat.of().parseHex(incoming.sha256())))
                .metadata(Map.of(SHA256_METADATA, incoming.sha256()));
        encrypt(put);
        try {
            s3.putObject(put.build(), RequestBody.fromFile(incoming.temporary()));
        } catch (SdkException e) {
            throw new IOException("could not put document " + key + " into the bucket: " + e.getMessage(), e);
        }
        incomingArea.discard(incoming);
        return key;
    }

    @Override
    public void discard(Incoming incoming) {
        incomingArea.discard(incoming);
    }

    /**
     * Fetches the object into the incoming area, checking its SHA-256 on the way; the stream handed
     * out reads that copy and removes it when closed.
     */
    @Override
    public InputStream open(String key) throws IOException {
        Path copy = incomingArea.temporaryFile("download-");
        try (ResponseInputStream<GetObjectResponse> object = s3.getObject(
                        request -> request.bucket(settings.bucket()).key(objectKey(key)));
                DigestInputStream in = new DigestInputStream(object, sha256());
                OutputStream out = Files.newOutputStream(copy)) {
            in.transferTo(out);
            String expected = object.response().metadata().get(SHA256_METADATA);
            String actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
            if (expected == null || !expected.equalsIgnoreCase(actual)) {
                log.error(
                        "Document {} in the bucket does not match its checksum (stored {}, read {})",
                        key,
                        expected,
                        actual);
                throw new ChecksumMismatch(key);
            }
        } catch (NoSuchKeyException e) {
            Files.deleteIfExists(copy);
            throw new java.nio.file.NoSuchFileException(key);
        } catch (IOException | SdkException e) {
            Files.deleteIfExists(copy);
            throw e instanceof IOException io ? io : new IOException("could not read document " + key, e);
        }
        return new FilterInputStream(Files.newInputStream(copy)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        };
    }

    /** The content read from the bucket is not what was written. */
    static final class ChecksumMismatch extends IOException {
        ChecksumMismatch(String key) {
            super("document " + key + " does not match its checksum");
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(settings.bucket()).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(settings.bucket()).key(objectKey(key)));
        } catch (SdkException e) {
            throw new IOException("could not delete document " + key + " from the bucket", e);
        }
        ownTransaction.executeWithoutResult(
                status -> jdbc.update("delete from document_store_pending where storage_key = ?", key));
    }

    @Override
    public int discardAbandoned(Instant receivedBefore) throws IOException {
        return incomingArea.discardAbandoned(receivedBefore);
    }

    @Override
    public int discardOwnAbandoned(Instant receivedBefore) throws IOException {
        return incomingArea.discardOwnAbandoned(receivedBefore);
    }

    @Override
    public List<StoredKey> keys() {
        return jdbc.query(
                "select storage_key, written_at from document_store_pending order by written_at",
                (row, index) -> new StoredKey(
                        row.getString("storage_key"),
                        row.getTimestamp("written_at").toInstant()));
    }

    @Override
    public void forget(Collection<String> keys) {
        if (!keys.isEmpty()) {
            // its own transaction: the sweep reads in a read-only one
            Object[] array = {keys.toArray(String[]::new)};
            ownTransaction.executeWithoutResult(
                    status -> jdbc.update("delete from document_store_pending where storage_key = any (?)", array));
        }
    }

    @Override
    public boolean checksEveryRow() {
        return false;
    }

    /**
     * Puts one small probe object (the same bytes from every node) and reads it back; the result is
     * kept for {@code portal.documents.s3.health-probe-ttl}, so that health checks do not each cost a
     * round trip.
     */
    @Override
    public Optional<String> probe() {
        ProbeResult last = lastProbe.get();
        Instant now = clock.instant();
        if (last != null && last.at().plus(settings.healthProbeTtl()).isAfter(now)) {
            return last.problem();
        }
        Optional<String> problem;
        try {
            String key = settings.prefix() + ".probe";
            PutObjectRequest.Builder put = PutObjectRequest.builder()
                    .bucket(settings.bucket())
                    .key(key)
                    .contentLength((long) PROBE.length)
                    .contentMD5(Base64.getEncoder().encodeToString(md5().digest(PROBE)));
            encrypt(put);
            s3.putObject(put.build(), RequestBody.fromBytes(PROBE));
            byte[] read = s3.getObjectAsBytes(
                            request -> request.bucket(settings.bucket()).key(key))
                    .asByteArray();
            problem = Arrays.equals(read, PROBE)
                    ? Optional.empty()
                    : Optional.of("the probe object read back differs from what was written");
        } catch (SdkException e) {
            problem = Optional.of(String.valueOf(e.getMessage()));
        }
        lastProbe.set(new ProbeResult(now, problem));
        return problem;
    }

    private void encrypt(PutObjectRequest.Builder put) {
        switch (settings.encryption()) {
            case "AES256" -> put.serverSideEncryption(ServerSideEncryption.AES256);
            case "aws:kms" -> {
                put.serverSideEncryption(ServerSideEncryption.AWS_KMS);
                if (settings.kmsKeyId() != null && !settings.kmsKeyId().isBlank()) {
                    put.ssekmsKeyId(settings.kmsKeyId());
                }
            }
            default -> {}
        }
    }

    String objectKey(String key) {
        if (!FileSystemDocumentStore.isKey(key)) {
            throw new IllegalArgumentException("not a document key");
        }
        return settings.prefix() + key;
    }

    private static String md5Base64(Path file) throws IOException {
        MessageDigest md5 = md5();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Base64.getEncoder().encodeToString(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
