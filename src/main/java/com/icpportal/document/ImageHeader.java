package com.icpportal.document;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Reads an image's width and height from its header alone. No pixels are decoded and at most a
 * bounded prefix of the stream is read, so a small file claiming enormous dimensions (a
 * "decompression bomb") costs nothing to look at and can be refused before anything decodes it.
 */
public final class ImageHeader {

    /** How many bytes of JPEG segments are walked looking for the frame header before giving up. */
    static final int MAX_JPEG_HEADER_BYTES = 1024 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IHDR = 0x49484452;
    private static final int IHDR_LENGTH = 13;

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;

    private ImageHeader() {}

    /**
     * The dimensions the image's header states.
     *
     * <p>The stream must be at the start of the file. It is not closed, and how far it has been
     * read afterwards is unspecified (reading is buffered).
     *
     * @return empty for a PDF, for data that is not a well-formed header of the given kind, for a
     *     file that ends inside the header, and for a JPEG whose frame header does not come within
     *     its first {@value #MAX_JPEG_HEADER_BYTES} bytes
     * @throws UncheckedIOException when reading fails other than by ending: that is a fault of the
     *     server, not of the applicant's file
     */
    public static Optional<Dimensions> read(FileKind kind, InputStream in) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(in, "in");
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        try {
            return switch (kind) {
                case PNG -> png(data);
                case JPEG -> jpeg(data);
                case PDF -> Optional.empty();
            };
        } catch (EOFException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // PNG requires IHDR as the first chunk: length 13, type, width, height, five one-byte fields, CRC.
    private static Optional<Dimensions> png(DataInputStream data) throws IOException {
        byte[] signature = new byte[PNG_SIGNATURE.length];
        data.readFully(signature);
        if (!Arrays.equals(signature, PNG_SIGNATURE) || data.readInt() != IHDR_LENGTH) {
            return Optional.empty();
        }
        byte[] typeAndData = new byte[4 + IHDR_LENGTH];
        data.readFully(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        if (Integer.toUnsignedLong(data.readInt()) != crc.getValue()) {
            return Optional.empty();
        }
        ByteBuffer chunk = ByteBuffer.wrap(typeAndData);
        if (chunk.getInt() != IHDR) {
            return Optional.empty();
        }
        // Read as signed: PNG caps both at 2^31 - 1, so a negative value is malformed anyway.
        return dimensions(chunk.getInt(), chunk.getInt());
    }

    private static Optional<Dimensions> jpeg(DataInputStream data) throws IOException {
        if (data.readUnsignedByte() != 0xFF || data.readUnsignedByte() != SOI) {
            return Optional.empty();
        }
        long read = 2;
        while (true) {
            if (data.readUnsignedByte() != 0xFF) {
                return Optional.empty(); // stray bytes between segments
            }
            int marker = data.readUnsignedByte();
            read += 2;
            // Any number of 0xFF fill bytes may precede a marker; the budget stops an endless run.
            while (marker == 0xFF) {
                if (++read > MAX_JPEG_HEADER_BYTES) {
                    return Optional.empty();
                }
                marker = data.readUnsignedByte();
            }
            if (isStandalone(marker)) {
                continue;
            }
            // Past SOS comes entropy-coded data that cannot be skipped by length; a frame header
            // must come before it.
            if (marker == 0x00 || marker == EOI || marker == SOS) {
                return Optional.empty();
            }
            int length = data.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            if (isFrameHeader(marker)) {
                if (length < 8) {
                    return Optional.empty();
                }
                data.readUnsignedByte(); // sample precision
                int height = data.readUnsignedShort();
                int width = data.readUnsignedShort();
                // Height 0 defers to a DNL marker after the first scan: not readable from the header.
                return dimensions(width, height);
            }
            read += length;
            if (read > MAX_JPEG_HEADER_BYTES) {
                return Optional.empty();
            }
            data.skipNBytes(length - 2);
        }
    }

    // RSTn, TEM and SOI carry no length field.
    private static boolean isStandalone(int marker) {
        return marker == TEM || marker == SOI || (marker >= 0xD0 && marker <= 0xD7);
    }

    // SOF0 to SOF15, which share the 0xC0 to 0xCF range with DHT (C4), JPG (C8) and DAC (CC).
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static Optional<Dimensions> dimensions(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Dimensions(width, height)) : Optional.empty();
    }
}
