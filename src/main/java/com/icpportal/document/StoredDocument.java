package com.icpportal.document;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row of an uploaded document; its bytes are in the {@link DocumentStore} under {@code storageKey}. */
@Entity
@Table(name = "document")
class StoredDocument {

    @Id
    private UUID id;

    private UUID ownerId;

    private UUID subjectId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    private FileKind fileKind;

    private String displayName;

    private long sizeBytes;

    private String sha256;

    private Integer width;

    private Integer height;

    private String storageKey;

    private Instant uploadedAt;

    /** What the document proves for the change it was uploaded for; null is never reused. */
    private String proves;

    protected StoredDocument() {}

    StoredDocument(
            UUID ownerId,
            UUID subjectId,
            DocumentKind kind,
            FileKind fileKind,
            String displayName,
            Incoming incoming,
            Dimensions dimensions,
            String storageKey,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.subjectId = subjectId;
        this.kind = kind;
        this.fileKind = fileKind;
        this.displayName = displayName;
        this.sizeBytes = incoming.size();
        this.sha256 = incoming.sha256();
        this.width = dimensions == null ? null : dimensions.width();
        this.height = dimensions == null ? null : dimensions.height();
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    String storageKey() {
        return storageKey;
    }

    void proves(String proof) {
        this.proves = proof;
    }

    DocumentView view() {
        return new DocumentView(
                id, ownerId, subjectId, kind, fileKind, displayName, sizeBytes, sha256, width, height, uploadedAt);
    }
}
