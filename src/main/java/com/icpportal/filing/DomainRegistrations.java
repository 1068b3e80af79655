package com.icpportal.filing;

import java.net.IDN;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.filing.DomainRecordEvents.DomainRecordAdded;
import com.icpportal.filing.DomainRecordEvents.DomainRecordChanged;
import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.DomainName;
import com.icpportal.values.InvalidValueException;

/**
 * Domain registration records (domain, registrant, real-name verification, expiry, source). A
 * domain without a record is not refused: it needs a domain certificate, which a reviewer checks.
 */
@Service
public class DomainRegistrations {

    private static final int TEXT_MAX = 200;

    private final DomainRegistrationRepository registrations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DomainRegistrations(DomainRegistrationRepository registrations, Clock clock, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records whose domain contains the query, in domain order, {@code limit} at a time after
     * {@code after} (an ASCII domain, or null for the first page). A query that is a whole domain
     * or label in Unicode is looked up by its ASCII form; an empty query lists every record.
     */
    @Transactional(readOnly = true)
    public List<DomainRecord> search(String query, String after, int limit) {
        return registrations
                .search(asciiPart(query).replaceAll("[^a-z0-9.-]", ""), after == null ? "" : after, Limit.of(limit))
                .stream()
                .map(DomainRegistration::view)
                .toList();
    }

    /** The record of a domain (either form); not found when there is none. */
    @Transactional(readOnly = true)
    public DomainRecord get(String domain) {
        String ascii = DomainName.isValid(domain) ? DomainName.parse(domain).ascii() : domain;
        return registrations
                .findById(ascii)
                .map(DomainRegistration::view)
                .orElseThrow(() -> new NotFoundException("domain record " + domain));
    }

    /**
     * Adds the record of a domain that has none. Returns the problems by field ({@code domain},
     * {@code registrant}, {@code realNameVerified}, {@code expiresOn}, {@code source}); empty when added.
     */
    @Transactional
    public List<ImportProblem> add(DomainRecordInput input, UUID actorId) {
        List<ImportProblem> problems = check(input, true);
        if (!problems.isEmpty()) {
            return problems;
        }
        String ascii = DomainName.parse(input.domain()).ascii();
        if (registrations.existsById(ascii)) {
            return List.of(new ImportProblem(
                    0,
                    "domain",
                    "domains.problem.exists",
                    DomainName.parse(ascii).unicode()));
        }
        DomainRegistration registration = new DomainRegistration(ascii);
        registration.record(
                input.registrant().strip(),
                Boolean.parseBoolean(input.realNameVerified()),
                LocalDate.parse(input.expiresOn().strip()),
                input.source().strip(),
                clock.instant());
        registrations.save(registration);
        events.publishEvent(new DomainRecordAdded(ascii, actorId));
        return List.of();
    }

    /**
     * Changes a record as the editor saw it (its version); the domain itself does not change.
     * Returns the problems by field, empty when saved.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved it meanwhile
     */
    @Transactional
    public List<ImportProblem> update(String asciiDomain, long expectedVersion, DomainRecordInput input, UUID actorId) {
        DomainRegistration registration = registrations
                .findById(asciiDomain)
                .orElseThrow(() -> new NotFoundException("domain record " + asciiDomain));
        if (registration.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DomainRegistration.class, asciiDomain);
        }
        List<ImportProblem> problems = check(input, false);
        if (!problems.isEmpty()) {
            return problems;
        }
        String registrant = input.registrant().strip();
        boolean verified = Boolean.parseBoolean(input.realNameVerified());
        LocalDate expires = LocalDate.parse(input.expiresOn().strip());
        String source = input.source().strip();
        List<String> changed = registration.differences(registrant, verified, expires, source);
        if (!changed.isEmpty()) {
            registration.record(registrant, verified, expires, source, clock.instant());
            events.publishEvent(new DomainRecordChanged(asciiDomain, String.join(", ", changed), actorId));
        }
        return List.of();
    }

    private static List<ImportProblem> check(DomainRecordInput input, boolean withDomain) {
        List<ImportProblem> problems = new ArrayList<>();
        if (withDomain) {
            try {
                DomainName.parse(input.domain());
            } catch (InvalidValueException e) {
                problems.add(new ImportProblem(0, "domain", e.messageKey(), e.arguments()));
            }
        }
        text(problems, "registrant", input.registrant(), "domains.problem.registrant");
        if (!"true".equals(input.realNameVerified()) && !"false".equals(input.realNameVerified())) {
            problems.add(new ImportProblem(0, "realNameVerified", "domains.problem.realName"));
        }
        if (input.expiresOn() == null || input.expiresOn().isBlank()) {
            problems.add(new ImportProblem(0, "expiresOn", "domains.problem.expiryMissing"));
        } else {
            try {
                LocalDate.parse(input.expiresOn().strip());
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(
                        0,
                        "expiresOn",
                        "domains.problem.expiryFormat",
                        input.expiresOn().strip()));
            }
        }
        text(problems, "source", input.source(), "domains.problem.source");
        return problems;
    }

    private static void text(List<ImportProblem> problems, String field, String value, String missingKey) {
        if (value == null || value.isBlank()) {
            problems.add(new ImportProblem(0, field, missingKey));
        } else if (value.strip().length() > TEXT_MAX) {
            problems.add(new ImportProblem(0, field, "domains.problem.tooLong", TEXT_MAX));
        }
    }

    /** What to look for in the ASCII column: a Unicode domain or label becomes its ASCII form. */
    private static String asciiPart(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        String stripped = query.strip().toLowerCase(Locale.ROOT);
        if (DomainName.isValid(stripped)) {
            return DomainName.parse(stripped).ascii();
        }
        try {
            return IDN.toASCII(stripped);
        } catch (IllegalArgumentException e) {
            return stripped;
        }
    }

    /** The records of these domains (ASCII forms), by domain; domains without a record are absent. */
    @Transactional(readOnly = true)
    public Map<String, DomainRecord> find(Collection<String> asciiDomains) {
        if (asciiDomains.isEmpty()) {
            return Map.of();
        }
        return registrations.findByDomainIn(asciiDomains).stream()
                .map(DomainRegistration::view)
                .collect(Collectors.toMap(DomainRecord::domain, Function.identity()));
    }

    /** Adds or replaces the record of a domain (given in either form). */
    @Transactional
    public DomainRecord record(
            String domain, String registrant, boolean realNameVerified, LocalDate expiresOn, String source) {
        String ascii = DomainName.parse(domain).ascii();
        DomainRegistration registration = registrations.findById(ascii).orElseGet(() -> new DomainRegistration(ascii));
        registration.record(registrant.strip(), realNameVerified, expiresOn, source.strip(), clock.instant());
        return registrations.save(registration).view();
    }
}
