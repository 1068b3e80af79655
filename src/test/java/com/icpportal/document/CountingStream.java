package com.icpportal.document;

import java.io.InputStream;
import java.util.function.LongUnaryOperator;

/**
 * A stream whose byte at each position comes from a function, up to a length that may be far
 * more than memory holds; it counts what was read and whether it was closed.
 */
final class CountingStream extends InputStream {

    private final LongUnaryOperator byteAt;
    private final long length;
    private long position;
    private boolean closed;

    CountingStream(long length, LongUnaryOperator byteAt) {
        this.length = length;
        this.byteAt = byteAt;
    }

    /** A prefix, then the same byte for ever (practically). */
    static CountingStream endless(byte[] prefix, int filler) {
        return new CountingStream(Long.MAX_VALUE, i -> i < prefix.length ? prefix[(int) i] & 0xFF : filler);
    }

    long bytesRead() {
        return position;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public int read() {
        return position < length ? (int) byteAt.applyAsLong(position++) & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) read();
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
