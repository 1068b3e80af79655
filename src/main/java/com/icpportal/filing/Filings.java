package com.icpportal.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.DomainName;
import com.icpportal.values.IcpNumber;

/**
 * The filed records: what an applicant owns, bringing existing filings in, applying approved
 * changes (keeping the history and retiring dropped domains), and the servable domains.
 */
@Service
public class Filings {

    private final FilingSubjectRepository subjects;
    private final FilingWebsiteRepository websites;
    private final FilingHistoryRepository history;
    private final EntityManager entityManager;
    private final Provinces provinces;
    private final Clock clock;
    private final FiledSubjectReads reads;
    private final FilingHistoryReads historyReads;

    Filings(
            FilingSubjectRepository subjects,
            FilingWebsiteRepository websites,
            FilingHistoryRepository history,
            EntityManager entityManager,
            Provinces provinces,
            Clock clock,
            FiledSubjectReads reads,
            FilingHistoryReads historyReads) {
        this.subjects = subjects;
        this.websites = websites;
        this.history = history;
        this.entityManager = entityManager;
        this.provinces = provinces;
        this.clock = clock;
        this.reads = reads;
        this.historyReads = historyReads;
    }

    /** The applicant's subjects with their websites and domains, in ICP number order: one statement. */
    public List<FiledSubject> subjectsOwnedBy(UUID ownerId) {
        return reads.ownedBy(ownerId);
    }

    /**
     * A page of the applicant's subjects with their websites, in ICP number order after
     * {@code afterIcpNumber} (null: from the first), at most {@code limit}: one statement.
     */
    public List<FiledSubject> subjectsOwnedBy(UUID ownerId, String afterIcpNumber, int limit) {
        return reads.ownedBy(ownerId, afterIcpNumber == null ? "" : afterIcpNumber, limit);
    }

    /** One of the applicant's subjects; someone else's, or none, is "not found". */
    public FiledSubject subjectOwnedBy(UUID ownerId, UUID subjectId) {
        FiledSubject subject = reads.ownedById(subjectId, ownerId);
        if (subject == null) {
            throw new NotFoundException("subject " + subjectId);
        }
        return subject;
    }

    /** Any subject, for staff and for the modules that act on filings; "not found" when it does not exist. */
    public FiledSubject subject(UUID subjectId) {
        FiledSubject subject = reads.byId(subjectId);
        if (subject == null) {
            throw new NotFoundException("subject " + subjectId);
        }
        return subject;
    }

    /**
     * Any subject with its whole history (its earlier versions; each website's earlier versions and
     * retired domains) in one statement, for staff; "not found" when it does not exist.
     */
    public SubjectWithHistory subjectWithHistory(UUID subjectId) {
        SubjectWithHistory subject = reads.byIdWithHistory(subjectId);
        if (subject == null) {
            throw new NotFoundException("subject " + subjectId);
        }
        return subject;
    }

    /** One of the applicant's subjects with its whole history, in one statement; someone else's, or none, is "not found". */
    public SubjectWithHistory subjectWithHistoryOwnedBy(UUID ownerId, UUID subjectId) {
        SubjectWithHistory subject = reads.ownedByIdWithHistory(subjectId, ownerId);
        if (subject == null) {
            throw new NotFoundException("subject " + subjectId);
        }
        return subject;
    }

    /**
     * The ICP number and organiser name of each subject, by id, in one statement; ids of no subject
     * are absent. For lists that show many orders (the review queue) without a query per row.
     */
    public Map<UUID, SubjectName> subjectNames(java.util.Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return reads.names(subjectIds);
    }

    /** Which website has filed each of these domains (ASCII forms); unfiled domains are absent. */
    @Transactional(readOnly = true)
    public Map<String, UUID> websitesOfDomains(java.util.Collection<String> asciiDomains) {
        if (asciiDomains.isEmpty()) {
            return Map.of();
        }
        return websites.findWebsitesOfDomains(asciiDomains).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (UUID) row[1]));
    }

    /** Records that an order of another type is in process in the provider's main system (or clears it with null). */
    @Transactional
    public void recordOrderInProcess(UUID subjectId, OrderInProcessElsewhere order) {
        subjects.findById(subjectId)
                .orElseThrow(() -> new NotFoundException("subject " + subjectId))
                .recordOrderInProcess(order, clock.instant());
    }

    /** Cancels a filing: it can no longer be changed. */
    @Transactional
    public void cancel(UUID subjectId, java.time.LocalDate on) {
        subjects.findById(subjectId)
                .orElseThrow(() -> new NotFoundException("subject " + subjectId))
                .cancel(on, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean isFiled(String icpNumber) {
        return subjects.existsByIcpNumber(IcpNumber.parse(icpNumber).toString());
    }

    /**
     * Records an existing filing. Its ICP number must be well formed and carry one of the
     * province's prefixes; domains are kept in their ASCII form.
     */
    @Transactional
    public UUID register(SubjectRegistration registration) {
        IcpNumber number = IcpNumber.parse(registration.icpNumber());
        ProvinceRules province = provinces
                .find(registration.provinceCode())
                .orElseThrow(() -> new IllegalArgumentException("unknown province " + registration.provinceCode()));
        if (!province.icpPrefixes().contains(number.prefix())) {
            throw new IllegalArgumentException(number + " does not belong to province " + province.code());
        }
        var now = clock.instant();
        FilingSubject subject = subjects.save(new FilingSubject(
                number.toString(), province.code(), registration.ownerId(), registration.details(), now));
        int index = 1;
        for (SubjectRegistration.WebsiteRegistration website : registration.websites()) {
            List<String> ascii = website.domains().stream()
                    .map(domain -> DomainName.parse(domain).ascii())
                    .toList();
            String websiteNumber = website.icpNumber() != null
                    ? IcpNumber.parse(website.icpNumber()).toString()
                    : IcpNumber.website(number, index).toString();
            index++;
            websites.save(new FilingWebsite(subject.id(), websiteNumber, website.details(), ascii, now));
        }
        return subject.id();
    }

    /**
     * Applies a subject change the administration approved: the values in force until now go into
     * the history (ended by {@code changeReference} at {@code approvedAt}), the approved ones
     * replace them. Runs in the caller's transaction; the subject's version guards against a
     * concurrent change.
     */
    @Transactional
    public void applyApprovedSubjectChange(
            UUID subjectId, SubjectDetails approved, String changeReference, Instant approvedAt) {
        FilingSubject subject =
                subjects.findById(subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
        List<FilingSubjectVersion> earlier = history.subjectVersions(subjectId);
        Instant validFrom =
                earlier.isEmpty() ? subject.createdAt() : earlier.get(0).validTo();
        entityManager.persist(new FilingSubjectVersion(
                subjectId, earlier.size() + 1, validFrom, approvedAt, changeReference, subject.details()));
        subject.apply(approved, approvedAt);
    }

    /**
     * Applies a website change the administration approved: the values and domains in force until
     * now go into the history, the approved ones replace them, and every domain the new list drops
     * is retired (no longer servable, kept with the day and the change). A domain another website
     * has filed meanwhile stops the whole change ({@link DomainFiledElsewhereException}).
     *
     * @param asciiDomains the approved domains in their ASCII (punycode) forms, in order
     */
    @Transactional
    public void applyApprovedWebsiteChange(
            UUID websiteId,
            WebsiteDetails approved,
            List<String> asciiDomains,
            String changeReference,
            Instant approvedAt) {
        FilingWebsite website =
                websites.findById(websiteId).orElseThrow(() -> new NotFoundException("website " + websiteId));
        List<String> approvedDomains = asciiDomains.stream()
                .map(domain -> DomainName.parse(domain).ascii())
                .distinct()
                .toList();
        websitesOfDomains(approvedDomains).forEach((domain, holder) -> {
            if (!holder.equals(websiteId)) {
                throw new DomainFiledElsewhereException(domain);
            }
        });
        List<FilingWebsiteVersion> earlier = history.websiteVersions(websiteId);
        Instant validFrom =
                earlier.isEmpty() ? website.createdAt() : earlier.get(0).validTo();
        List<String> filedDomains = website.domains();
        entityManager.persist(new FilingWebsiteVersion(
                websiteId,
                earlier.size() + 1,
                validFrom,
                approvedAt,
                changeReference,
                website.details(),
                filedDomains));
        website.apply(approved, approvedAt);
        if (!filedDomains.equals(approvedDomains)) {
            LocalDate retiredOn = LocalDate.ofInstant(approvedAt, clock.getZone());
            filedDomains.stream()
                    .filter(domain -> !approvedDomains.contains(domain))
                    .forEach(domain -> entityManager.persist(
                            new RetiredDomain(websiteId, domain, approvedAt, retiredOn, changeReference)));
            // Rows are rewritten by position and names are unique: empty the list first, so that a
            // domain moving to another position never meets itself.
            website.clearDomains();
            websites.flush();
            website.addDomains(approvedDomains, approvedAt);
        }
    }

    /** A subject's earlier versions, newest first. */
    public List<SubjectVersion> subjectHistory(UUID subjectId) {
        return historyReads.subjectVersions(subjectId);
    }

    /** A website's earlier versions, newest first. */
    public List<WebsiteVersion> websiteHistory(UUID websiteId) {
        return historyReads.websiteVersions(websiteId);
    }

    /** The domains approved changes retired from a website, latest first. */
    public List<RetiredDomainView> retiredDomains(UUID websiteId) {
        return historyReads.retiredDomains(websiteId);
    }

    /** Every servable domain with its website's and subject's ICP numbers, for the provider's access layer. */
    @Transactional(readOnly = true)
    public List<FiledDomain> servableDomains() {
        return websites.findServableDomains().stream()
                .map(row -> new FiledDomain(
                        (String) row[0], DomainForms.unicode((String) row[0]), (String) row[1], (String) row[2]))
                .toList();
    }

    /** These subjects (entities the caller loaded) with their websites, in the same order: one statement. */
    List<FiledSubject> withWebsites(List<FilingSubject> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FiledWebsite>> websitesBySubject =
                reads.websitesOf(found.stream().map(FilingSubject::id).toList());
        return found.stream()
                .map(subject -> new FiledSubject(
                        subject.id(),
                        subject.icpNumber(),
                        subject.provinceCode(),
                        subject.status(),
                        subject.cancelledOn(),
                        subject.details(),
                        subject.orderInProcess(),
                        subject.version(),
                        List.copyOf(websitesBySubject.getOrDefault(subject.id(), List.of()))))
                .toList();
    }
}
