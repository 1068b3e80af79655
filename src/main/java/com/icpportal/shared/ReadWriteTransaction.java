package com.icpportal.shared;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether the current thread runs inside a read-write transaction. Such a transaction may hold
 * changes Hibernate has not flushed yet: a plain SQL read would miss them, and data read there must
 * not be kept (it may roll back). Plain reads for pages ({@code Documents.attachedTo},
 * {@code ContactLog.calls}) and the reference-data caches ({@link ReferenceVersions#mayKeep()}) ask it.
 */
public final class ReadWriteTransaction {

    private ReadWriteTransaction() {}

    public static boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
