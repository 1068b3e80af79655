package com.icpportal.document;

import java.time.Instant;
import java.util.UUID;

/** An uploaded document as pages show it; never its storage key. */
public record DocumentView(
        UUID id,
        UUID ownerId,
        UUID subjectId,
        DocumentKind kind,
        FileKind fileKind,
        String displayName,
        long sizeBytes,
        String sha256,
        Integer width,
        Integer height,
        Instant uploadedAt) {}
