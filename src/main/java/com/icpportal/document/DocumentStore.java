package com.icpportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where the bytes of documents live, behind a small interface so that an S3-compatible store can
 * replace the file system when the portal runs on several nodes. Content is first received into
 * a temporary place and only becomes visible under a key when committed.
 */
public interface DocumentStore {

    /**
     * Streams the content into a temporary place, counting and hashing it, and stops reading
     * after {@code limit + 1} bytes (the caller refuses what is over the limit).
     */
    Incoming receive(InputStream content, long limit) throws IOException;

    /** Makes received content durable under a new key, atomically. */
    String commit(Incoming incoming) throws IOException;

    /** Forgets received content that will not be committed. */
    void discard(Incoming incoming);

    InputStream open(String key) throws IOException;

    boolean exists(String key);

    void delete(String key) throws IOException;

    /**
     * Removes received content that was never committed (a crash in between), and the temporary
     * parts of upload requests, written before the time given.
     */
    int discardAbandoned(Instant receivedBefore) throws IOException;

    /** Every committed key with its time of commit, for the sweep. */
    List<StoredKey> keys() throws IOException;

    /** A committed key and when it was written. */
    record StoredKey(String key, Instant writtenAt) {}
}
