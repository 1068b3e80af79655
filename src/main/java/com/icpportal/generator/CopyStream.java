package com.icpportal.generator;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY … FROM STDIN} of CSV rows, sent in chunks of about 256 KB as they are generated,
 * so that memory holds one chunk however many rows there are.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    CopyStream(CopyManager copyApi, Table table) throws SQLException {
        this.copy = copyApi.copyIn(table.copyStatement());
    }

    void write(Object[] row) throws SQLException {
        Csv.append(buffer, row);
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** Sends what is left and ends the copy; returns the number of rows the database took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels a copy that did not finish, so that the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
