package com.icpportal.document;

import java.util.Objects;
import java.util.Optional;

/**
 * The checks an uploaded identity document must pass before it is stored, as pure functions of
 * what the upload says about itself and its first bytes. The content decides what the file is;
 * the name and the declared type must then agree with it, so a renamed file is caught either way.
 */
public final class UploadCheck {

    private static final long MIB = 1024 * 1024;
    // Browsers send this when they do not know the type: it claims nothing, so it cannot disagree.
    private static final String UNKNOWN_CONTENT_TYPE = "application/octet-stream";

    /**
     * Size limits per kind of file, in bytes; a file exactly at its limit is accepted.
     *
     * @param maxImageBytes for JPEG and PNG
     * @param maxPdfBytes for PDF
     */
    public record Limits(long maxImageBytes, long maxPdfBytes) {

        /** 5 MiB for an image, 10 MiB for a PDF. */
        public static final Limits DEFAULTS = new Limits(5 * MIB, 10 * MIB);

        public Limits {
            if (maxImageBytes < 1 || maxPdfBytes < 1) {
                throw new IllegalArgumentException("limits must be positive: " + maxImageBytes + ", " + maxPdfBytes);
            }
        }

        /** The limit for the given kind, in bytes. */
        public long maxBytes(FileKind kind) {
            return kind.isImage() ? maxImageBytes : maxPdfBytes;
        }
    }

    private UploadCheck() {}

    /**
     * The first problem with an upload, checking in this order: empty, content of no accepted
     * kind, extension of another kind, declared content type of another kind, too large.
     *
     * @param originalName the name the browser sent; it is judged as {@link UploadName#sanitise}
     *     would show it, so {@code "photo.JPG "} counts as a JPEG name
     * @param declaredContentType the part's content type; {@code null}, blank and
     *     {@code application/octet-stream} are not held against the file
     * @param size the file's length in bytes
     * @param head the file's first bytes, at least {@link ContentSniffer#HEAD_BYTES} of them when
     *     the file is that long
     * @param limits the size limits, usually {@link Limits#DEFAULTS}
     * @return empty when the file may be stored (images still need {@link #checkDimensions})
     */
    public static Optional<UploadProblem> check(
            String originalName, String declaredContentType, long size, byte[] head, Limits limits) {
        Objects.requireNonNull(limits, "limits");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (size == 0) {
            return Optional.of(UploadProblem.EMPTY);
        }
        Optional<FileKind> sniffed = ContentSniffer.detect(head);
        if (sniffed.isEmpty()) {
            return Optional.of(UploadProblem.NOT_ALLOWED_TYPE);
        }
        FileKind kind = sniffed.get();
        if (!kind.acceptsExtension(UploadName.extension(UploadName.sanitise(originalName)))) {
            return Optional.of(UploadProblem.EXTENSION_MISMATCH);
        }
        if (declaresOtherKind(declaredContentType, kind)) {
            return Optional.of(UploadProblem.CONTENT_TYPE_MISMATCH);
        }
        if (size > limits.maxBytes(kind)) {
            return Optional.of(UploadProblem.TOO_LARGE);
        }
        return Optional.empty();
    }

    /**
     * The problem, if any, with an image's dimensions as {@link ImageHeader#read} gave them.
     * Checked in this order: unreadable, a side over {@code maxPixelsPerSide}, then a side under
     * its minimum.
     *
     * @param dimensions empty when the header could not be read
     * @param minWidth the narrowest acceptable image, in pixels
     * @param minHeight the lowest acceptable image, in pixels
     * @param maxPixelsPerSide the longest acceptable side, e.g. 12000; anything longer is refused
     *     before anything decodes it
     */
    public static Optional<UploadProblem> checkDimensions(
            Optional<Dimensions> dimensions, int minWidth, int minHeight, int maxPixelsPerSide) {
        if (minWidth < 1 || minHeight < 1 || maxPixelsPerSide < Math.max(minWidth, minHeight)) {
            throw new IllegalArgumentException(
                    "need 1 <= minimum <= maximum: " + minWidth + " x " + minHeight + ", " + maxPixelsPerSide);
        }
        if (dimensions.isEmpty()) {
            return Optional.of(UploadProblem.UNREADABLE_IMAGE);
        }
        Dimensions d = dimensions.get();
        if (d.width() > maxPixelsPerSide || d.height() > maxPixelsPerSide) {
            return Optional.of(UploadProblem.TOO_BIG_IMAGE);
        }
        if (d.width() < minWidth || d.height() < minHeight) {
            return Optional.of(UploadProblem.TOO_SMALL_IMAGE);
        }
        return Optional.empty();
    }

    private static boolean declaresOtherKind(String declared, FileKind kind) {
        if (declared == null || declared.isBlank()) {
            return false;
        }
        return !FileKind.mediaType(declared).equals(UNKNOWN_CONTENT_TYPE) && !kind.acceptsContentType(declared);
    }
}
