package com.icpportal.filing;

import java.net.IDN;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.filing.FilingAdminEvents.FilingAssigned;
import com.icpportal.filing.FilingAdminEvents.FilingCancelled;
import com.icpportal.filing.FilingAdminEvents.OtherOrderCleared;
import com.icpportal.filing.FilingAdminEvents.OtherOrderRecorded;
import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.DomainName;

/**
 * What admins do to filings: find any filing, give it to an applicant account, record or clear an
 * order of another type in process in the provider's main system, cancel it. Every change is made
 * against the version the admin saw and publishes an event in the same transaction.
 */
@Service
public class FilingAdmin {

    private static final int REFERENCE_MAX = 64;
    /** Never part of a domain: a domain query that is empty after cleaning matches nothing. */
    private static final String NO_DOMAIN = "#";
    /**
     * Up to this many domains matching, their subjects are fetched first: the planner cannot tell a
     * rare text from a common one in a LIKE and would otherwise walk every subject in ICP order.
     */
    private static final int FEW_DOMAINS = 1000;

    private static final String ALL =
            "select s.id from filing_subject s where s.icp_number > :after order by s.icp_number limit :limit";
    /**
     * ICP number or organiser name, or a domain: each branch in ICP number order and limited, so that
     * PostgreSQL can read either the trigram indexes of V102 (few matches) or the ICP number index
     * (many matches) for each.
     */
    private static final String NAMES_BRANCH = """
            (select s.id, s.icp_number from filing_subject s
              where s.icp_number > :after
                and (lower(s.icp_number) like :pattern or lower(s.organiser_name) like :pattern)
              order by s.icp_number limit :limit)""";
    /** Many domains match: walk the subjects in ICP number order and keep those with one. */
    private static final String MANY_DOMAINS_BRANCH = """
            (select s.id, s.icp_number from filing_subject s
              where s.icp_number > :after
                and s.id in (select w.subject_id from filing_website w
                               join filing_website_domain d on d.website_id = w.id
                              where d.name like :domainPattern)
              order by s.icp_number limit :limit)""";
    /** Few domains match: their subjects, found first by the trigram index, in ICP number order. */
    private static final String FEW_DOMAINS_BRANCH = """
            (select s.id, s.icp_number from filing_subject s
              where s.icp_number > :after and s.id in (:domainSubjects)
              order by s.icp_number limit :limit)""";

    private static final String DOMAIN_SUBJECTS = """
            select w.subject_id from filing_website_domain d join filing_website w on w.id = d.website_id
             where d.name like :domainPattern limit %d""".formatted(FEW_DOMAINS + 1);

    private static String search(String domainBranch) {
        return "select id from (" + NAMES_BRANCH + (domainBranch == null ? "" : " union " + domainBranch)
                + ") found order by icp_number limit :limit";
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FilingSubjectRepository subjects;
    private final Filings filings;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    FilingAdmin(
            NamedParameterJdbcTemplate jdbc,
            FilingSubjectRepository subjects,
            Filings filings,
            Accounts accounts,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.filings = filings;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Filings whose ICP number or organiser name contains the query, or with a domain containing it
     * (either form), in ICP number order after {@code afterIcpNumber} (null: from the start).
     */
    @Transactional(readOnly = true)
    public List<AdminFiling> search(String query, String afterIcpNumber, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String after = afterIcpNumber == null ? "" : afterIcpNumber;
        List<UUID> ids;
        if (text.isEmpty()) {
            ids = jdbc.queryForList(
                    ALL, new MapSqlParameterSource().addValue("after", after).addValue("limit", limit), UUID.class);
        } else {
            // Plan each search for its own text: a rare one reads the trigram indexes, a common one
            // walks the ICP numbers in order; one generic plan for both would be slow for one of them.
            jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
            String domain = asciiDomainPart(text);
            MapSqlParameterSource parameters = new MapSqlParameterSource()
                    .addValue("after", after)
                    .addValue("limit", limit)
                    .addValue("pattern", contains(text))
                    .addValue("domainPattern", contains(domain));
            List<UUID> domainSubjects = jdbc.queryForList(DOMAIN_SUBJECTS, parameters, UUID.class);
            parameters.addValue("domainSubjects", domainSubjects);
            String domainBranch = domainSubjects.isEmpty()
                    ? null
                    : domainSubjects.size() > FEW_DOMAINS ? MANY_DOMAINS_BRANCH : FEW_DOMAINS_BRANCH;
            ids = jdbc.queryForList(search(domainBranch), parameters, UUID.class);
        }
        Map<UUID, FilingSubject> byId =
                subjects.findAllById(ids).stream().collect(Collectors.toMap(FilingSubject::id, Function.identity()));
        return views(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** {@code %text%} with LIKE's wildcards in the text matched literally. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Any filing; not found when it does not exist. */
    @Transactional(readOnly = true)
    public AdminFiling filing(UUID subjectId) {
        return views(List.of(load(subjectId))).get(0);
    }

    /** Gives the filing to an applicant account. Problems are at the field {@code username}. */
    @Transactional
    public List<ImportProblem> assign(UUID subjectId, long expectedVersion, String username, UUID actorId) {
        FilingSubject subject = loadAt(subjectId, expectedVersion);
        AccountView owner = username == null || username.isBlank()
                ? null
                : accounts.findByUsername(username.strip()).orElse(null);
        if (owner == null) {
            return List.of(new ImportProblem(
                    0,
                    "username",
                    username == null || username.isBlank()
                            ? "filingAdmin.problem.usernameMissing"
                            : "filingAdmin.problem.noAccount",
                    username == null ? "" : username.strip()));
        }
        if (!owner.roles().contains(Role.APPLICANT)) {
            return List.of(new ImportProblem(0, "username", "filingAdmin.problem.notApplicant", owner.username()));
        }
        subject.assignTo(owner.id(), clock.instant());
        events.publishEvent(new FilingAssigned(subjectId, subject.icpNumber(), owner.id(), actorId));
        return List.of();
    }

    /**
     * Records that an order of another type is in process in the provider's main system: changes
     * are blocked with that reason until it is cleared. Problems are at {@code type},
     * {@code reference} and {@code since}.
     */
    @Transactional
    public List<ImportProblem> recordOrderInProcess(
            UUID subjectId, long expectedVersion, String type, String reference, String since, UUID actorId) {
        FilingSubject subject = loadAt(subjectId, expectedVersion);
        List<ImportProblem> problems = new ArrayList<>();
        OtherOrderType orderType = null;
        try {
            orderType = type == null || type.isBlank() ? null : OtherOrderType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            orderType = null;
        }
        if (orderType == null) {
            problems.add(new ImportProblem(0, "type", "filingAdmin.problem.typeMissing"));
        }
        if (reference == null || reference.isBlank()) {
            problems.add(new ImportProblem(0, "reference", "filingAdmin.problem.referenceMissing"));
        } else if (reference.strip().length() > REFERENCE_MAX) {
            problems.add(new ImportProblem(0, "reference", "filingAdmin.problem.tooLong", REFERENCE_MAX));
        }
        LocalDate sinceDate = date(since, "since", problems);
        if (sinceDate != null && sinceDate.isAfter(LocalDate.now(clock))) {
            problems.add(new ImportProblem(0, "since", "filingAdmin.problem.future"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OrderInProcessElsewhere order = new OrderInProcessElsewhere(orderType, reference.strip(), sinceDate);
        subject.recordOrderInProcess(order, clock.instant());
        events.publishEvent(new OtherOrderRecorded(
                subjectId, subject.icpNumber(), orderType, order.reference(), sinceDate, actorId));
        return List.of();
    }

    /** Clears the order of another type: changes may start again (unless something else blocks them). */
    @Transactional
    public void clearOrderInProcess(UUID subjectId, long expectedVersion, UUID actorId) {
        FilingSubject subject = loadAt(subjectId, expectedVersion);
        if (subject.orderInProcess() == null) {
            return;
        }
        subject.recordOrderInProcess(null, clock.instant());
        events.publishEvent(new OtherOrderCleared(subjectId, subject.icpNumber(), actorId));
    }

    /** Cancels the filing on a date (not in the future). Problems are at {@code on}. */
    @Transactional
    public List<ImportProblem> cancel(UUID subjectId, long expectedVersion, String on, UUID actorId) {
        FilingSubject subject = loadAt(subjectId, expectedVersion);
        List<ImportProblem> problems = new ArrayList<>();
        if (subject.status() == FilingStatus.CANCELLED) {
            problems.add(new ImportProblem(0, "on", "filingAdmin.problem.alreadyCancelled"));
            return problems;
        }
        LocalDate date = date(on, "on", problems);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add(new ImportProblem(0, "on", "filingAdmin.problem.future"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        subject.cancel(date, clock.instant());
        events.publishEvent(new FilingCancelled(subjectId, subject.icpNumber(), date, actorId));
        return List.of();
    }

    private static LocalDate date(String value, String field, List<ImportProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new ImportProblem(0, field, "filingAdmin.problem.dateMissing"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(0, field, "filingAdmin.problem.dateFormat", value.strip()));
            return null;
        }
    }

    private FilingSubject load(UUID subjectId) {
        return subjects.findById(subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
    }

    private FilingSubject loadAt(UUID subjectId, long expectedVersion) {
        FilingSubject subject = load(subjectId);
        if (subject.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FilingSubject.class, subjectId);
        }
        return subject;
    }

    private List<AdminFiling> views(List<FilingSubject> found) {
        List<FiledSubject> withWebsites = filings.withWebsites(found);
        List<AdminFiling> views = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            views.add(new AdminFiling(withWebsites.get(i), found.get(i).ownerId()));
        }
        return views;
    }

    private static String asciiDomainPart(String text) {
        String ascii;
        if (DomainName.isValid(text)) {
            ascii = DomainName.parse(text).ascii();
        } else {
            try {
                ascii = IDN.toASCII(text);
            } catch (IllegalArgumentException e) {
                ascii = text;
            }
        }
        ascii = ascii.replaceAll("[^a-z0-9.-]", "");
        return ascii.isEmpty() ? NO_DOMAIN : ascii;
    }
}
