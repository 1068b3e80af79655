package com.icpportal.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DocumentAttachmentRepository extends Repository<DocumentAttachment, DocumentAttachment.Key> {

    DocumentAttachment save(DocumentAttachment attachment);

    Optional<DocumentAttachment> findById(DocumentAttachment.Key key);

    List<DocumentAttachment> findByReference(String reference);

    /** Inserts the attachment unless the slot was filled meanwhile; 1 if inserted, else 0. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into document_attachment (reference, kind, document_id, attached_at)
            values (:reference, :kind, :documentId, :attachedAt)
            on conflict (reference, kind) do nothing""")
    int insertIfAbsent(String reference, String kind, UUID documentId, Instant attachedAt);
}
