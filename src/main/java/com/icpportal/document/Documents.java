package com.icpportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.shared.NotFoundException;
import com.icpportal.shared.ReadWriteTransaction;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Uploaded documents by owner, subject and kind: checking and storing uploads, attaching them to a
 * caller's reference (also again, for a later order of the same subject), and opening them for
 * those allowed to see them.
 */
@Service
public class Documents {

    private final DocumentStore store;
    private final DocumentRepository documents;
    private final DocumentAttachmentRepository attachments;
    private final DocumentSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final DistributionSummary uploadSizes;
    private final JdbcClient jdbc;

    Documents(
            DocumentStore store,
            DocumentRepository documents,
            DocumentAttachmentRepository attachments,
            DocumentSettings settings,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = events;
        this.uploadSizes = DistributionSummary.builder("portal.documents.upload.size")
                .description("Sizes of the documents stored")
                .baseUnit("bytes")
                // a few buckets people reason in, not Micrometer's 60-odd of a percentile histogram
                .serviceLevelObjectives(
                        100_000.0, 500_000.0, 1_000_000.0, 2_000_000.0, 5_000_000.0, (double) settings.largestUpload())
                .register(meters);
        this.store = store;
        this.documents = documents;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Streams the upload to the store (the heap never holds the file), checks it by its content,
     * and stores it with its row in one unit of work; a refusal leaves nothing behind.
     */
    public UploadOutcome upload(Upload upload) {
        Incoming incoming;
        try {
            incoming = store.receive(upload.content(), settings.largestUpload());
        } catch (IOException e) {
            throw new UncheckedIOException("could not receive an upload", e);
        }
        try {
            Optional<UploadOutcome.Refused> refused = refusal(upload, incoming);
            if (refused.isPresent()) {
                store.discard(incoming);
                return refused.get();
            }
            FileKind fileKind = ContentSniffer.detect(incoming.head()).orElseThrow();
            Dimensions dimensions = null;
            if (fileKind.isImage()) {
                Optional<Dimensions> read = readDimensions(fileKind, incoming);
                int minWidth = upload.kind() == DocumentKind.VERIFICATION_PHOTO ? settings.photoMinWidth() : 1;
                int minHeight = upload.kind() == DocumentKind.VERIFICATION_PHOTO ? settings.photoMinHeight() : 1;
                Optional<UploadProblem> problem =
                        UploadCheck.checkDimensions(read, minWidth, minHeight, settings.maxPixelsPerSide());
                if (problem.isPresent()) {
                    store.discard(incoming);
                    return new UploadOutcome.Refused(
                            problem.get().messageKey(),
                            new Object[] {String.valueOf(minWidth), String.valueOf(minHeight)});
                }
                dimensions = read.get();
            }
            Dimensions size = dimensions;
            // The content goes to the store before the row's transaction, so that no database
            // connection is held while it travels (an object store is a network away); if the row
            // does not commit, the content is deleted again (else the sweep finds it later).
            String key;
            try {
                key = store.commit(incoming);
            } catch (IOException e) {
                throw new UncheckedIOException("could not store an upload", e);
            }
            UploadOutcome outcome;
            try {
                outcome = transaction.execute(status -> {
                    Optional<DocumentView> saved = save(upload, fileKind, incoming, size, key);
                    if (saved.isEmpty()) {
                        status.setRollbackOnly();
                        return new UploadOutcome.Refused("document.problem.concurrent", new Object[0]);
                    }
                    return new UploadOutcome.Stored(saved.get());
                });
            } catch (RuntimeException e) {
                deleteQuietly(key);
                throw e;
            }
            if (outcome instanceof UploadOutcome.Refused) {
                deleteQuietly(key);
            } else {
                uploadSizes.record(incoming.size());
            }
            return outcome;
        } finally {
            store.discard(incoming);
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            // left for the sweep
        }
    }

    private Optional<UploadOutcome.Refused> refusal(Upload upload, Incoming incoming) {
        UploadCheck.Limits limits = settings.limits();
        Optional<FileKind> sniffed = ContentSniffer.detect(incoming.head());
        if (incoming.size() > 0 && sniffed.isPresent() && !upload.kind().accepts(sniffed.get())) {
            // a PDF where only a photo or scan will do (an ID card, the verification photo): say so
            // before any advice about its name
            return Optional.of(new UploadOutcome.Refused("document.problem.imageOnly", new Object[0]));
        }
        Optional<UploadProblem> problem = UploadCheck.check(
                upload.originalName(), upload.contentType(), incoming.size(), incoming.head(), limits);
        String limit = settings.limitLabel(sniffed.orElse(FileKind.PNG));
        return problem.map(found -> new UploadOutcome.Refused(found.messageKey(), new Object[] {limit}));
    }

    /** The row and its attachment; empty when another upload took the reference's empty slot meanwhile. */
    private Optional<DocumentView> save(
            Upload upload, FileKind fileKind, Incoming incoming, Dimensions dimensions, String key) {
        StoredDocument document = documents.save(new StoredDocument(
                upload.ownerId(),
                upload.subjectId(),
                upload.kind(),
                fileKind,
                UploadName.sanitise(upload.originalName() == null ? "" : upload.originalName()),
                incoming,
                dimensions,
                key,
                clock.instant()));
        if (upload.reference() != null && !attachOwn(upload.reference(), upload.kind(), document)) {
            return Optional.empty();
        }
        return Optional.of(document.view());
    }

    /**
     * Uses a document the owner uploaded before, for the same subject and of the kind asked for, as
     * this reference's document of that kind; any other document is "not found".
     */
    @Transactional
    public DocumentView attach(String reference, UUID ownerId, UUID subjectId, DocumentKind kind, UUID documentId) {
        StoredDocument document = documents
                .findById(documentId)
                .filter(found -> found.ownerId().equals(ownerId))
                .filter(found -> subjectId.equals(found.view().subjectId())
                        && found.view().kind() == kind)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        if (!attachOwn(reference, document.view().kind(), document)) {
            // another request filled the slot a moment ago: reusing is the later choice, so it wins
            attachments
                    .findById(new DocumentAttachment.Key(
                            reference, document.view().kind()))
                    .ifPresent(filled -> filled.replaceWith(document.id(), clock.instant()));
        }
        return document.view();
    }

    /**
     * Makes the document the reference's document of its kind. Two uploads into an empty slot at
     * once would both insert (and one fail on the primary key, a 500): the insert skips a row that
     * another transaction inserted meanwhile ({@code on conflict do nothing}, which waits for that
     * transaction), and then this one gives way: false.
     */
    private boolean attachOwn(String reference, DocumentKind kind, StoredDocument document) {
        var now = clock.instant();
        Optional<DocumentAttachment> existing = attachments.findById(new DocumentAttachment.Key(reference, kind));
        if (existing.isPresent()) {
            existing.get().replaceWith(document.id(), now);
            return true;
        }
        return attachments.insertIfAbsent(reference, kind.name(), document.id(), now) == 1;
    }

    /**
     * The documents attached to a reference, by kind. Pages read the few columns of a view in one
     * plain statement; inside a read-write transaction the entity query reads them instead, since
     * it sees (flushes) attachments that transaction changed and has not written yet.
     */
    // no transaction of its own: one plain statement needs none; the entity query runs in the caller's
    public Map<DocumentKind, DocumentView> attachedTo(String reference) {
        Map<DocumentKind, DocumentView> byKind = new EnumMap<>(DocumentKind.class);
        if (ReadWriteTransaction.active()) {
            documents
                    .findAttachedTo(reference)
                    .forEach(document -> byKind.put(document.view().kind(), document.view()));
            return byKind;
        }
        jdbc.sql(ATTACHED_TO)
                .param(reference)
                .query(Documents::view)
                .list()
                .forEach(view -> byKind.put(view.kind(), view));
        return byKind;
    }

    private static final String ATTACHED_TO = """
            select d.id, d.owner_id, d.subject_id, d.kind, d.file_kind, d.display_name, d.size_bytes, d.sha256,
                   d.width, d.height, d.uploaded_at
              from document d
             where d.id in (select a.document_id from document_attachment a where a.reference = ?)""";

    private static DocumentView view(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new DocumentView(
                row.getObject("id", UUID.class),
                row.getObject("owner_id", UUID.class),
                row.getObject("subject_id", UUID.class),
                DocumentKind.valueOf(row.getString("kind")),
                FileKind.valueOf(row.getString("file_kind")),
                row.getString("display_name"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getObject("width", Integer.class),
                row.getObject("height", Integer.class),
                row.getObject("uploaded_at", java.time.OffsetDateTime.class).toInstant());
    }

    /** What the owner uploaded before for this subject and kind, newest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> reusable(UUID ownerId, UUID subjectId, DocumentKind kind) {
        return documents.findReusable(ownerId, subjectId, kind).stream()
                .map(StoredDocument::view)
                .toList();
    }

    /**
     * What the owner uploaded before for this subject and kind that proves the same thing (see
     * {@link #recordProof}), newest first; nothing when {@code proof} is null.
     */
    @Transactional(readOnly = true)
    public List<DocumentView> reusableProving(UUID ownerId, UUID subjectId, DocumentKind kind, String proof) {
        if (proof == null) {
            return List.of();
        }
        return documents.findReusableProving(ownerId, subjectId, kind, proof).stream()
                .map(StoredDocument::view)
                .toList();
    }

    /**
     * Records what an owner's document proves (a person's certificate number, a subject's credit
     * code, domains), as the change it was uploaded for describes it; reuse is offered only where a
     * later change needs the same proof.
     */
    @Transactional
    public void recordProof(UUID documentId, UUID ownerId, String proof) {
        documents
                .findById(documentId)
                .filter(found -> found.ownerId().equals(ownerId))
                .ifPresent(found -> found.proves(proof));
    }

    /**
     * Opens a document for its owner, or for staff; for anyone else it does not exist. Staff opening
     * someone's document is published ({@link DocumentOpenedByStaff}) for the audit trail.
     *
     * @param staff whether the requester is a reviewer or an admin
     */
    @Transactional(readOnly = true)
    public DocumentContent open(UUID documentId, UUID requesterId, boolean staff) {
        StoredDocument document = documents
                .findById(documentId)
                .filter(found -> staff || found.ownerId().equals(requesterId))
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        try {
            InputStream content = store.open(document.storageKey());
            if (staff && !document.ownerId().equals(requesterId)) {
                publishOpened(document.view(), requesterId, content);
            }
            return new DocumentContent(document.view(), content);
        } catch (IOException e) {
            throw new NotFoundException("document file " + documentId);
        }
    }

    private void publishOpened(DocumentView document, UUID staffId, InputStream content) throws IOException {
        try {
            events.publishEvent(new DocumentOpenedByStaff(
                    document.id(),
                    staffId,
                    document.ownerId(),
                    document.subjectId(),
                    document.kind(),
                    document.displayName()));
        } catch (RuntimeException e) {
            content.close();
            throw e;
        }
    }

    private Optional<Dimensions> readDimensions(FileKind kind, Incoming incoming) {
        try (InputStream in = java.nio.file.Files.newInputStream(incoming.temporary())) {
            return ImageHeader.read(kind, in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
