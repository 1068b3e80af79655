package com.icpportal.document;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads live and what they may be.
 *
 * @param directory      outside the web root; default {@code ./data/uploads}
 * @param maxImageSize   largest JPEG or PNG (default 5 MB)
 * @param maxPdfSize     largest PDF (default 10 MB)
 * @param photoMinWidth  smallest verification photo, in pixels (default 600)
 * @param photoMinHeight (default 600)
 * @param maxPixelsPerSide images claiming more are refused from their header (default 12000)
 * @param sweepGrace     how old a file with no row must be before the sweep removes it (default 1 hour)
 * @param store          {@code local} (default: files under {@code directory}) or {@code s3} (a bucket, see
 *                       {@link S3Settings}); read by {@link S3StoreConfiguration}'s condition, checked here
 */
@ConfigurationProperties("portal.documents")
public record DocumentSettings(
        Path directory,
        DataSize maxImageSize,
        DataSize maxPdfSize,
        Integer photoMinWidth,
        Integer photoMinHeight,
        Integer maxPixelsPerSide,
        Duration sweepGrace,
        String store) {

    public DocumentSettings {
        directory = directory == null ? Path.of("data", "uploads") : directory;
        maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(5) : maxImageSize;
        maxPdfSize = maxPdfSize == null ? DataSize.ofMegabytes(10) : maxPdfSize;
        photoMinWidth = photoMinWidth == null ? 600 : photoMinWidth;
        photoMinHeight = photoMinHeight == null ? 600 : photoMinHeight;
        maxPixelsPerSide = maxPixelsPerSide == null ? 12_000 : maxPixelsPerSide;
        sweepGrace = sweepGrace == null ? Duration.ofHours(1) : sweepGrace;
        store = store == null || store.isBlank() ? "local" : store;
        if (!store.equals("local") && !store.equals("s3")) {
            throw new IllegalArgumentException("portal.documents.store must be local or s3, not " + store);
        }
    }

    UploadCheck.Limits limits() {
        return new UploadCheck.Limits(maxImageSize.toBytes(), maxPdfSize.toBytes());
    }

    /** The limit a file of this kind must meet, as people read it ("5 MB"). */
    public String limitLabel(FileKind kind) {
        long bytes = kind.isImage() ? maxImageSize.toBytes() : maxPdfSize.toBytes();
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** The limit for a document kind: the image limit where the kind takes photos and scans only. */
    public String limitLabel(DocumentKind kind) {
        return limitLabel(kind.accepts(FileKind.PDF) ? FileKind.PDF : FileKind.PNG);
    }

    long largestUpload() {
        return Math.max(maxImageSize.toBytes(), maxPdfSize.toBytes());
    }
}
