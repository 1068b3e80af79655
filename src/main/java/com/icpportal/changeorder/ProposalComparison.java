package com.icpportal.changeorder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.province.Division;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.ReferenceItem;

/** The filed values against the proposed ones, row by row, in the page's language. */
@Component
public class ProposalComparison {

    private final ReferenceData referenceData;
    private final MessageSource messages;

    ProposalComparison(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** The rows of every section, in task-list order. */
    public List<AnswerRow> rows(OrderOverview overview, Locale locale) {
        ChangeOrderView order = overview.order();
        if (order.type() == ChangeType.SUBJECT_CHANGE) {
            SubjectDetails current = overview.filing().details();
            SubjectDetails proposed = order.proposedSubject();
            List<AnswerRow> rows = new ArrayList<>(subjectRows(current, proposed, locale));
            rows.addAll(principalRows(current.principal(), proposed.principal(), locale));
            return rows;
        }
        FiledWebsite website = website(overview);
        WebsiteDetails current = website.details();
        WebsiteDetails proposed = order.proposedWebsite();
        List<AnswerRow> rows = new ArrayList<>(websiteRows(current, proposed, locale));
        rows.addAll(principalRows(current.principal(), proposed.principal(), locale));
        rows.add(new AnswerRow(
                Section.DOMAINS,
                "domains[0].name",
                "website.domains",
                String.join("\n", website.domains()),
                String.join("\n", unicode(order.proposedDomains())),
                true));
        return rows;
    }

    /** Which sections differ from the filing. */
    public static Map<Section, Boolean> changedSections(List<AnswerRow> rows) {
        Map<Section, Boolean> changed = new EnumMap<>(Section.class);
        rows.forEach(row -> changed.merge(row.section(), row.changed(), Boolean::logicalOr));
        return changed;
    }

    /** Domains filed now that the proposal drops: they stop being servable once the administration approves. */
    public static List<String> replacedDomains(OrderOverview overview) {
        if (overview.order().type() != ChangeType.WEBSITE_CHANGE) {
            return List.of();
        }
        Set<String> proposed = Set.copyOf(unicode(overview.order().proposedDomains()));
        return website(overview).domains().stream()
                .filter(domain -> !proposed.contains(domain))
                .toList();
    }

    private List<AnswerRow> subjectRows(SubjectDetails current, SubjectDetails proposed, Locale locale) {
        Map<String, Division> divisions = referenceData.divisions(
                Stream.of(current.cityCode(), current.districtCode(), proposed.cityCode(), proposed.districtCode())
                        .filter(code -> code != null)
                        .collect(Collectors.toSet()));
        return List.of(
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.organiserName",
                        "form.subject.organiserName",
                        current.organiserName(),
                        proposed.organiserName(),
                        true),
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.subjectType",
                        "filing.subjectType",
                        label("enum.SubjectType." + current.subjectType(), locale),
                        label("enum.SubjectType." + proposed.subjectType(), locale),
                        false),
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.certificateNumber",
                        "subject.certificate",
                        certificate(current.certificateType().name(), current.certificateNumber(), locale),
                        certificate(proposed.certificateType().name(), proposed.certificateNumber(), locale),
                        false),
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.cityCode",
                        "subject.cityDistrict",
                        place(current, divisions, locale),
                        place(proposed, divisions, locale),
                        true),
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.address",
                        "subject.address",
                        current.address(),
                        proposed.address(),
                        true),
                new AnswerRow(
                        Section.SUBJECT,
                        "subject.investor",
                        "subject.investor",
                        current.investor(),
                        proposed.investor(),
                        true));
    }

    private List<AnswerRow> principalRows(Principal current, Principal proposed, Locale locale) {
        return List.of(
                new AnswerRow(
                        Section.PRINCIPAL, "principal.name", "principal.name", current.name(), proposed.name(), true),
                new AnswerRow(
                        Section.PRINCIPAL,
                        "principal.certificateNumber",
                        "principal.certificate",
                        certificate(current, locale),
                        certificate(proposed, locale),
                        true),
                new AnswerRow(
                        Section.PRINCIPAL,
                        "principal.certificateValidTo",
                        "principal.validity",
                        validity(current, locale),
                        validity(proposed, locale),
                        true),
                new AnswerRow(
                        Section.PRINCIPAL,
                        "principal.mobile",
                        "principal.mobile",
                        current.mobile(),
                        proposed.mobile(),
                        true),
                new AnswerRow(
                        Section.PRINCIPAL,
                        "principal.emergencyPhone",
                        "principal.emergencyPhone",
                        current.emergencyPhone(),
                        proposed.emergencyPhone(),
                        true),
                new AnswerRow(
                        Section.PRINCIPAL,
                        "principal.email",
                        "principal.email",
                        current.email(),
                        proposed.email(),
                        true));
    }

    private List<AnswerRow> websiteRows(WebsiteDetails current, WebsiteDetails proposed, Locale locale) {
        Map<String, ReferenceItem> services = byCode(referenceData.serviceTypes());
        Map<String, ReferenceItem> items = byCode(referenceData.preApprovalItems());
        return List.of(
                new AnswerRow(Section.WEBSITE, "website.name", "website.name", current.name(), proposed.name(), true),
                new AnswerRow(
                        Section.WEBSITE,
                        "website.serviceTypes",
                        "website.serviceTypes",
                        names(current.serviceTypes(), services, locale),
                        names(proposed.serviceTypes(), services, locale),
                        true),
                new AnswerRow(
                        Section.WEBSITE,
                        "website.preApprovalItems",
                        "website.preApproval",
                        preApproval(current, items, locale),
                        preApproval(proposed, items, locale),
                        true),
                new AnswerRow(
                        Section.WEBSITE,
                        "website.comment",
                        "website.comment",
                        current.comment(),
                        proposed.comment(),
                        true));
    }

    private String preApproval(WebsiteDetails website, Map<String, ReferenceItem> items, Locale locale) {
        return website.preApprovalNone()
                ? label("website.preApproval.none", locale)
                : names(website.preApprovalItems(), items, locale);
    }

    private static String names(List<String> codes, Map<String, ReferenceItem> items, Locale locale) {
        return codes.stream()
                .map(code -> items.containsKey(code) ? items.get(code).name().in(locale) : code)
                .collect(Collectors.joining("\n"));
    }

    private String certificate(Principal principal, Locale locale) {
        return principal.certificateType() == null
                ? principal.certificateNumber()
                : certificate(principal.certificateType().name(), principal.certificateNumber(), locale);
    }

    private String certificate(String type, String number, Locale locale) {
        return label("enum.CertificateType." + type, locale) + " " + number;
    }

    private String validity(Principal principal, Locale locale) {
        if (principal.certificateLongTerm()) {
            return messages.getMessage(
                    "principal.validity.longTerm", new Object[] {principal.certificateValidFrom()}, locale);
        }
        return messages.getMessage(
                "principal.validity.range",
                new Object[] {principal.certificateValidFrom(), principal.certificateValidTo()},
                locale);
    }

    private static String place(SubjectDetails subject, Map<String, Division> divisions, Locale locale) {
        return Stream.of(subject.cityCode(), subject.districtCode())
                .filter(code -> code != null && divisions.containsKey(code))
                .map(code -> divisions.get(code).name().in(locale))
                .collect(Collectors.joining(" "));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Map<String, ReferenceItem> byCode(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, item -> item));
    }

    /** ASCII forms as people read them. */
    public static List<String> unicode(List<String> asciiDomains) {
        return asciiDomains.stream()
                .map(domain -> com.icpportal.values.DomainName.isValid(domain)
                        ? com.icpportal.values.DomainName.parse(domain).unicode()
                        : domain)
                .toList();
    }

    private static FiledWebsite website(OrderOverview overview) {
        return overview.filing().websites().stream()
                .filter(website -> website.id().equals(overview.order().websiteId()))
                .findFirst()
                .orElseThrow();
    }
}
