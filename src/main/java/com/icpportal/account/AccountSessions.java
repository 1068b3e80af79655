package com.icpportal.account;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the {@link SessionGuard} last read of each account, in this node's memory: the session
 * generation under which the account's sessions are valid, or {@link #NONE} when it is disabled or
 * gone. All of it is kept under one version of {@code reference_data_version}'s row
 * {@code account_session}, which a trigger (V132) moves on with every change of an account's
 * {@code enabled} or {@code session_generation} and every delete, on any node: when the version
 * moves, everything known is dropped at once and each account is read again at its next request.
 *
 * <p>A state may only be kept under a version read before it (the caller's duty): a change committed
 * between the two reads has then moved the version past the one it is kept under. Bounded: past
 * {@link #LIMIT} accounts, the map starts again empty.
 */
final class AccountSessions {

    /** The state of an account whose sessions are all invalid (disabled or deleted). */
    static final long NONE = -1;

    static final int LIMIT = 10_000;

    /** The accounts known at one version. */
    private record Known(long version, Map<UUID, Long> generations) {}

    private final AtomicReference<Known> known = new AtomicReference<>(new Known(Long.MIN_VALUE, Map.of()));

    /** The account's valid generation (or {@link #NONE}) as read at {@code version}, or null when not known. */
    Long generation(long version, UUID accountId) {
        Known now = known.get();
        return now.version() == version ? now.generations().get(accountId) : null;
    }

    /** Keeps what was read of the account after {@code version} was read. */
    void keep(long version, UUID accountId, long generation) {
        // Versions only grow: a request that read an older version than the one kept does not drop
        // the newer map (it keeps nothing; its state is used for this request only).
        Known now = known.updateAndGet(current -> current.version() < version
                        || (current.version() == version
                                && current.generations().size() >= LIMIT)
                ? new Known(version, new ConcurrentHashMap<>())
                : current);
        if (now.version() == version) {
            now.generations().put(accountId, generation);
        }
    }
}
