package com.icpportal.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DocumentAttachmentRepository extends Repository<DocumentAttachment, DocumentAttachment.Key> {

    DocumentAttachment save(DocumentAttachment attachment);

    Optional<DocumentAttachment> findById(DocumentAttachment.Key key);

    List<DocumentAttachment> findByReference(String reference);
}
