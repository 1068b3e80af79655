package com.icpportal.document;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A document used by a caller (an order, by its reference) as the document of one kind. */
@Entity
@Table(name = "document_attachment")
@IdClass(DocumentAttachment.Key.class)
class DocumentAttachment {

    @Id
    private String reference;

    @Id
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private UUID documentId;

    private Instant attachedAt;

    protected DocumentAttachment() {}

    DocumentAttachment(String reference, DocumentKind kind, UUID documentId, Instant attachedAt) {
        this.reference = reference;
        this.kind = kind;
        this.documentId = documentId;
        this.attachedAt = attachedAt;
    }

    void replaceWith(UUID documentId, Instant attachedAt) {
        this.documentId = documentId;
        this.attachedAt = attachedAt;
    }

    UUID documentId() {
        return documentId;
    }

    record Key(String reference, DocumentKind kind) implements Serializable {}
}
