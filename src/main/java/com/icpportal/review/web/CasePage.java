package com.icpportal.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.icpportal.account.AccountName;
import com.icpportal.account.AccountNames;
import com.icpportal.account.PortalUser;
import com.icpportal.account.Role;
import com.icpportal.calendar.CalendarCoverage;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.AnswerRow;
import com.icpportal.changeorder.BackdropRequestView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.DeadlineMoveView;
import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.ProposalComparison;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.StaffCase;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.RetiredDomainView;
import com.icpportal.filing.SubjectWithHistory;
import com.icpportal.province.Division;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.VerificationChannel;
import com.icpportal.review.ContactLog;
import com.icpportal.review.ContactView;
import com.icpportal.values.DomainName;

/** What the case page shows, for the controllers that render it (the case itself, and forms shown again with errors). */
@Component
class CasePage {

    private final ChangeOrders changeOrders;
    private final ContactLog contactLog;
    private final ProposalComparison comparison;
    private final AccountNames accountNames;
    private final Provinces provinces;
    private final ReferenceData referenceData;
    private final CalendarCoverage coverage;
    private final WorkingCalendar calendar;
    private final DomainRegistrations registrations;
    private final CaseTexts texts;

    /** An earlier version of the filing this order changes, with the values that identify it. */
    public record HistoryLine(
            int versionNo, Instant validFrom, Instant validTo, String changeReference, List<String> values) {}

    CasePage(
            ChangeOrders changeOrders,
            ContactLog contactLog,
            ProposalComparison comparison,
            AccountNames accountNames,
            Provinces provinces,
            ReferenceData referenceData,
            DomainRegistrations registrations,
            CalendarCoverage coverage,
            WorkingCalendar calendar,
            CaseTexts texts) {
        this.texts = texts;
        this.coverage = coverage;
        this.calendar = calendar;
        this.referenceData = referenceData;
        this.registrations = registrations;
        this.changeOrders = changeOrders;
        this.contactLog = contactLog;
        this.comparison = comparison;
        this.accountNames = accountNames;
        this.provinces = provinces;
    }

    /**
     * Something a reason can be about, as the reviewer's list offers it: the whole order, a changed
     * field, one proposed domain (each its own, named), or a document.
     *
     * @param argument the domain a domain target names; null for the others
     */
    public record ReasonTarget(String fieldKey, String labelKey, String argument) {}

    /**
     * A proposed domain beside its registration record (null when the portal holds none).
     *
     * @param unicode the domain as people read it
     */
    public record ProposedDomain(String unicode, DomainRecord record) {}

    /**
     * The backdrop's mailing address with the division names in the reader's language, for a label.
     */
    public record MailingAddress(
            String province,
            String city,
            String district,
            String street,
            String recipient,
            String mobile,
            String postcode) {}

    /** A line of the order's timeline: a step, or a deadline a calendar change moved (exactly one is set). */
    public record TimelineItem(Instant at, TransitionView step, DeadlineMoveView move) {}

    /** The steps and the deadline moves, newest first (a move comes after the step it moved). */
    static List<TimelineItem> timelineItems(List<TransitionView> steps, List<DeadlineMoveView> moves) {
        List<TimelineItem> items = new ArrayList<>();
        steps.forEach(step -> items.add(new TimelineItem(step.occurredAt(), step, null)));
        moves.forEach(move -> items.add(new TimelineItem(move.movedAt(), null, move)));
        items.sort(java.util.Comparator.comparing(TimelineItem::at)
                .thenComparing(item -> item.move() != null)
                .reversed());
        return items;
    }

    /** Adds the case to the model; returns the overview it was built from. */
    OrderOverview addCase(PortalUser user, UUID orderId, Model model, Locale locale) {
        // the order with its timeline, deadline moves and latest backdrop in one statement
        StaffCase staffCase = changeOrders.caseForStaff(orderId);
        OrderOverview overview = staffCase.overview();
        List<AnswerRow> rows = comparison.rows(overview, locale);
        List<TransitionView> timeline = new ArrayList<>(overview.order().timeline());
        Collections.reverse(timeline);
        model.addAttribute("order", overview.order());
        model.addAttribute("filing", overview.filing());
        ProvinceRules province =
                provinces.find(overview.filing().provinceCode()).orElseThrow();
        model.addAttribute("province", province);
        model.addAttribute("rows", rows);
        List<CaseTexts.ComparisonLine> comparisonLines = texts.comparison(rows, locale);
        model.addAttribute("comparisonLines", comparisonLines);
        model.addAttribute("documents", overview.documents());
        model.addAttribute("documentLines", texts.documents(overview.documents(), locale));
        model.addAttribute("timeline", timeline);
        List<TimelineItem> timelineItems = timelineItems(overview.order().timeline(), staffCase.deadlineMoves());
        model.addAttribute("timelineItems", timelineItems);
        List<ContactView> calls = contactLog.calls(orderId);
        model.addAttribute("calls", calls);
        model.addAttribute("unreachable", ContactLog.unreachable(calls));
        boolean admin = user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
        // only an admin sees the reassignment list: nobody else's view reads it
        List<AccountName> reviewers = admin ? accountNames.withRole(Role.REVIEWER) : List.of();
        model.addAttribute("reviewers", reviewers);
        model.addAttribute("admin", admin);
        UUID assigneeId = overview.order().assigneeId();
        // the holder is named from the reviewers an admin's view read already, else read alone
        String assignee = assigneeId == null
                ? null
                : reviewers.stream()
                        .filter(reviewer -> reviewer.id().equals(assigneeId))
                        .map(AccountName::displayName)
                        .findFirst()
                        .orElseGet(() -> accountNames.displayName(assigneeId).orElse(null));
        model.addAttribute("assignee", assignee);
        boolean mine = user.id().equals(assigneeId);
        model.addAttribute("mine", mine);
        BackdropRequestView backdrop = staffCase.backdrop();
        model.addAttribute("backdrop", backdrop);
        model.addAttribute("mailingAddress", backdrop == null ? null : mailingAddress(backdrop, locale));
        model.addAttribute("proposedDomains", proposedDomains(overview));
        Instant due = overview.order().dueAt();
        model.addAttribute(
                "dueYearUnknown",
                due != null && !coverage.covers(LocalDate.ofInstant(due, calendar.zone()))
                        ? LocalDate.ofInstant(due, calendar.zone()).getYear()
                        : null);
        // the photo shows only while it is in review (read with the order's other documents)
        model.addAttribute("photo", staffCase.photo());
        model.addAttribute(
                "appChannel",
                overview.order().rules() != null
                        && overview.order().rules().verificationChannel() == VerificationChannel.APP);
        addHistory(overview, staffCase.filed(), model, locale);
        List<ReasonTarget> targets = reasonTargets(overview, rows);
        model.addAttribute("reasonTargets", targets);
        Map<String, ReasonTarget> labels = new java.util.HashMap<>();
        targets.forEach(target -> labels.putIfAbsent(target.fieldKey(), target));
        rows.forEach(row -> labels.putIfAbsent(row.fieldKey(), new ReasonTarget(row.fieldKey(), row.labelKey(), null)));
        timeline.stream()
                .flatMap(step -> step.reasons().stream())
                .map(com.icpportal.changeorder.Reason::fieldKey)
                .forEach(key -> labels.computeIfAbsent(key, CasePage::fallbackLabel));
        model.addAttribute("reasonLabels", labels);
        model.addAttribute("timelineLines", texts.timeline(timelineItems, labels, locale));
        model.addAttribute(
                "caseView",
                texts.caseView(overview, province, assignee, mine, comparisonLines, calls, backdrop, targets, locale));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        if (!model.containsAttribute("decisionErrors")) {
            model.addAttribute("decisionErrors", java.util.Map.of());
        }
        if (!model.containsAttribute("photoReview")) {
            model.addAttribute("photoReview", PhotoReviewForm.empty());
        }
        return overview;
    }

    private MailingAddress mailingAddress(BackdropRequestView backdrop, Locale locale) {
        Map<String, Division> names =
                referenceData.divisions(Stream.of(backdrop.provinceCode(), backdrop.cityCode(), backdrop.districtCode())
                        .filter(java.util.Objects::nonNull)
                        .toList());
        java.util.function.Function<String, String> name = code -> code == null || !names.containsKey(code)
                ? (code == null ? "" : code)
                : names.get(code).name().in(locale);
        return new MailingAddress(
                name.apply(backdrop.provinceCode()),
                name.apply(backdrop.cityCode()),
                name.apply(backdrop.districtCode()),
                backdrop.street(),
                backdrop.recipient(),
                backdrop.mobile(),
                backdrop.postcode());
    }

    /** Each domain the order proposes, with its registration record: the reviewer checks registrant, real name and expiry. */
    private List<ProposedDomain> proposedDomains(OrderOverview overview) {
        if (overview.order().type() != ChangeType.WEBSITE_CHANGE
                || overview.order().proposedDomains() == null) {
            return List.of();
        }
        List<DomainName> domains = overview.order().proposedDomains().stream()
                .filter(DomainName::isValid)
                .map(DomainName::parse)
                .toList();
        Map<String, DomainRecord> records =
                registrations.find(domains.stream().map(DomainName::ascii).toList());
        return domains.stream()
                .map(domain -> new ProposedDomain(domain.unicode(), records.get(domain.ascii())))
                .toList();
    }

    private static final java.util.regex.Pattern DOMAIN_KEY =
            java.util.regex.Pattern.compile("domains\\[(\\d+)]\\.name");

    /** Words for a reason's field key that the current order no longer offers (an old document, a domain since removed). */
    private static ReasonTarget fallbackLabel(String key) {
        if (key.startsWith(FieldKeys.DOCUMENT_PREFIX)) {
            return new ReasonTarget(
                    key, "enum.DocumentKind." + key.substring(FieldKeys.DOCUMENT_PREFIX.length()), null);
        }
        java.util.regex.Matcher domain = DOMAIN_KEY.matcher(key);
        if (domain.matches()) {
            return new ReasonTarget(
                    key, "review.reason.domainNumber", String.valueOf(Integer.parseInt(domain.group(1)) + 1));
        }
        return new ReasonTarget(key, "review.reason.otherField", null);
    }

    /** What a reason can be about: the whole order, each editable row (each proposed domain its own), each document. */
    private static List<ReasonTarget> reasonTargets(OrderOverview overview, List<AnswerRow> rows) {
        List<ReasonTarget> targets = new ArrayList<>();
        targets.add(new ReasonTarget(FieldKeys.GENERAL, "review.decision.general", null));
        for (AnswerRow row : rows) {
            if (!row.editable()) {
                continue;
            }
            if (row.section() == Section.DOMAINS) {
                List<String> domains = overview.order().proposedDomains();
                for (int i = 0; i < domains.size(); i++) {
                    String domain = domains.get(i);
                    targets.add(new ReasonTarget(
                            FieldKeys.domain(i),
                            "review.decision.domain",
                            DomainName.isValid(domain)
                                    ? DomainName.parse(domain).unicode()
                                    : domain));
                }
            } else {
                targets.add(new ReasonTarget(row.fieldKey(), row.labelKey(), null));
            }
        }
        overview.documents()
                .forEach(status -> targets.add(new ReasonTarget(
                        FieldKeys.document(status.required().kind().name()),
                        "enum.DocumentKind." + status.required().kind().name(),
                        null)));
        return targets;
    }

    /** The earlier versions of the subject or website the order changes, and the domains retired from it. */
    private void addHistory(OrderOverview overview, SubjectWithHistory filed, Model model, Locale locale) {
        List<HistoryLine> history;
        List<RetiredDomainView> retired = List.of();
        if (overview.order().type() == ChangeType.SUBJECT_CHANGE) {
            history = filed.subjectVersions().stream()
                    .map(version -> new HistoryLine(
                            version.versionNo(),
                            version.validFrom(),
                            version.validTo(),
                            version.changeReference(),
                            List.of(
                                    version.details().organiserName(),
                                    version.details().address(),
                                    version.details().principal().name())))
                    .toList();
        } else {
            UUID websiteId = overview.order().websiteId();
            history = filed.websiteVersions(websiteId).stream()
                    .map(version -> {
                        List<String> values = new ArrayList<>();
                        values.add(version.details().name());
                        version.domains()
                                .forEach(domain ->
                                        values.add(DomainName.parse(domain).unicode()));
                        return new HistoryLine(
                                version.versionNo(),
                                version.validFrom(),
                                version.validTo(),
                                version.changeReference(),
                                values);
                    })
                    .toList();
            retired = filed.retiredDomains(websiteId);
        }
        model.addAttribute("history", history);
        model.addAttribute("historyLines", texts.history(history, locale));
        model.addAttribute("retiredDomains", retired);
    }
}
