package com.icpportal.filing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.values.DomainName;
import com.icpportal.values.IcpNumber;
import com.icpportal.web.NotFoundException;

/** The filed records: what an applicant owns, and bringing existing filings in. */
@Service
public class Filings {

    private final FilingSubjectRepository subjects;
    private final FilingWebsiteRepository websites;
    private final Provinces provinces;
    private final Clock clock;

    Filings(FilingSubjectRepository subjects, FilingWebsiteRepository websites, Provinces provinces, Clock clock) {
        this.subjects = subjects;
        this.websites = websites;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** The applicant's subjects with their websites and domains: two queries whatever the number of rows. */
    @Transactional(readOnly = true)
    public List<FiledSubject> subjectsOwnedBy(UUID ownerId) {
        return withWebsites(subjects.findByOwner(ownerId));
    }

    /** One of the applicant's subjects; someone else's, or none, is "not found". */
    @Transactional(readOnly = true)
    public FiledSubject subjectOwnedBy(UUID ownerId, UUID subjectId) {
        return subjects.findOwned(subjectId, ownerId)
                .map(subject -> withWebsites(List.of(subject)).get(0))
                .orElseThrow(() -> new NotFoundException("subject " + subjectId));
    }

    /** Any subject, for staff and for the modules that act on filings; "not found" when it does not exist. */
    @Transactional(readOnly = true)
    public FiledSubject subject(UUID subjectId) {
        return subjects.findById(subjectId)
                .map(subject -> withWebsites(List.of(subject)).get(0))
                .orElseThrow(() -> new NotFoundException("subject " + subjectId));
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
        subjects.findById(subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId))
                .recordOrderInProcess(order, clock.instant());
    }

    /** Cancels a filing: it can no longer be changed. */
    @Transactional
    public void cancel(UUID subjectId, java.time.LocalDate on) {
        subjects.findById(subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId))
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
        ProvinceRules province = provinces.find(registration.provinceCode())
                .orElseThrow(() -> new IllegalArgumentException("unknown province " + registration.provinceCode()));
        if (!province.icpPrefixes().contains(number.prefix())) {
            throw new IllegalArgumentException(number + " does not belong to province " + province.code());
        }
        var now = clock.instant();
        FilingSubject subject = subjects.save(new FilingSubject(number.toString(), province.code(),
                registration.ownerId(), registration.details(), now));
        int index = 1;
        for (SubjectRegistration.WebsiteRegistration website : registration.websites()) {
            List<String> ascii = website.domains().stream().map(domain -> DomainName.parse(domain).ascii()).toList();
            String websiteNumber = website.icpNumber() != null ? IcpNumber.parse(website.icpNumber()).toString()
                    : IcpNumber.website(number, index).toString();
            index++;
            websites.save(new FilingWebsite(subject.id(), websiteNumber, website.details(), ascii, now));
        }
        return subject.id();
    }

    List<FiledSubject> withWebsites(List<FilingSubject> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FiledWebsite>> websitesBySubject = websites
                .findBySubjects(found.stream().map(FilingSubject::id).toList()).stream()
                .collect(Collectors.groupingBy(FilingWebsite::subjectId,
                        Collectors.mapping(Filings::view, Collectors.toCollection(ArrayList::new))));
        return found.stream()
                .map(subject -> new FiledSubject(subject.id(), subject.icpNumber(), subject.provinceCode(),
                        subject.status(), subject.cancelledOn(), subject.details(), subject.orderInProcess(),
                        subject.version(), List.copyOf(websitesBySubject.getOrDefault(subject.id(), List.of()))))
                .toList();
    }

    private static FiledWebsite view(FilingWebsite website) {
        List<String> unicode = website.domains().stream().map(ascii -> DomainName.parse(ascii).unicode()).toList();
        return new FiledWebsite(website.id(), website.icpNumber(), website.status(), website.details(), unicode);
    }
}
