package com.icpportal.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DocumentRepository extends Repository<StoredDocument, UUID> {

    StoredDocument save(StoredDocument document);

    Optional<StoredDocument> findById(UUID id);

    @Query("""
            select d from StoredDocument d where d.ownerId = :ownerId and d.subjectId = :subjectId and d.kind = :kind
            order by d.uploadedAt desc""")
    List<StoredDocument> findReusable(UUID ownerId, UUID subjectId, DocumentKind kind);

    @Query("""
            select d from StoredDocument d where d.ownerId = :ownerId and d.subjectId = :subjectId and d.kind = :kind
            and d.proves = :proof order by d.uploadedAt desc""")
    List<StoredDocument> findReusableProving(UUID ownerId, UUID subjectId, DocumentKind kind, String proof);

    @Query(
            "select d from StoredDocument d where d.id in (select a.documentId from DocumentAttachment a where a.reference = :reference)")
    List<StoredDocument> findAttachedTo(String reference);

    @Query("select d.storageKey from StoredDocument d where d.storageKey in :keys")
    List<String> findExistingKeys(Collection<String> keys);

    @Query("select d.storageKey from StoredDocument d")
    List<String> findAllKeys();

    @Query("select d.storageKey from StoredDocument d where d.uploadedAt >= :since")
    List<String> findKeysUploadedSince(java.time.Instant since);
}
