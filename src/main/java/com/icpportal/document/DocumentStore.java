package com.icpportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /**
     * As {@link #discardAbandoned}, but only in this node's own part of the incoming area: at
     * start-up everything there older than the process is a leftover, while another node sharing
     * the directory may be receiving an upload right now.
     */
    int discardOwnAbandoned(Instant receivedBefore) throws IOException;

    /**
     * The keys the sweep should check against the table, with their time of writing: for the file
     * system every committed file; for an object store the journal of keys written since the last
     * sweep (listing a bucket of millions of objects on every run would not do).
     */
    List<StoredKey> keys() throws IOException;

    /** The sweep has settled these keys (kept with their row, or deleted): a journal may drop them. */
    default void forget(Collection<String> keys) {}

    /**
     * Whether the sweep should check every document row for its content on each run (cheap on a
     * local disk); otherwise it checks the rows written since the previous sweep only.
     */
    default boolean checksEveryRow() {
        return true;
    }

    /**
     * Writes, reads back and checks a small probe object, for the health check; empty when that
     * worked, else what went wrong. The file system store is checked by its sweep instead.
     */
    default Optional<String> probe() {
        return Optional.empty();
    }

    /** A committed key and when it was written. */
    record StoredKey(String key, Instant writtenAt) {}
}
