package com.icpportal.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Values read from the database per key (an account's session state, its unread count), kept in
 * this node's memory under one version of {@link ReferenceVersions}: when the version moves, every
 * value is dropped at once and each key is read again at its next use. A value may only be kept
 * under a version read before it (the caller's duty): a change committed between the two reads has
 * then moved the version past the one it is kept under, so it is never used. Bounded: past
 * {@code limit} keys the memory starts again empty.
 *
 * @param <K> the key, e.g. an account's id
 * @param <V> the value read for it
 */
public final class KeptAtVersion<K, V> {

    /** The values known at one version. */
    private record Known<K, V>(long version, Map<K, V> values) {}

    private final int limit;
    private final AtomicReference<Known<K, V>> known = new AtomicReference<>(new Known<>(Long.MIN_VALUE, Map.of()));

    public KeptAtVersion(int limit) {
        this.limit = limit;
    }

    /** The value kept for the key at {@code version}, or null when none is. */
    public V get(long version, K key) {
        Known<K, V> now = known.get();
        return now.version() == version ? now.values().get(key) : null;
    }

    /** Keeps what was read for the key after {@code version} was read. */
    public void keep(long version, K key, V value) {
        // Versions only grow: a request that read an older version than the one kept does not drop
        // the newer values (it keeps nothing; what it read serves that request only).
        Known<K, V> now = known.updateAndGet(current -> current.version() < version
                        || (current.version() == version && current.values().size() >= limit)
                ? new Known<>(version, new ConcurrentHashMap<>())
                : current);
        if (now.version() == version) {
            now.values().put(key, value);
        }
    }
}
