package com.icpportal.document;

import java.util.Optional;

/**
 * Tells what a file is from its first bytes, whatever its name or declared type say: a renamed
 * web page or program is not an image however it is labelled.
 */
public final class ContentSniffer {

    /** How many bytes from the start of a file {@link #detect(byte[])} may look at. */
    public static final int HEAD_BYTES = 16;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private ContentSniffer() {}

    /**
     * The kind whose signature the file starts with.
     *
     * @param head the first bytes of the file ({@link #HEAD_BYTES} are enough; more are ignored,
     *     fewer are fine while they hold the whole signature); {@code null} is treated as empty
     * @return empty when the content is none of the accepted kinds
     */
    public static Optional<FileKind> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        // Only at the very start: readers that search further for the header also open polyglots.
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
