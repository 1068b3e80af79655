package com.icpportal.changeorder.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.ReasonStatus;
import com.icpportal.changeorder.ReturnedReasons;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.Violation;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.province.Division;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;
import com.icpportal.values.DomainName;

/** What every page of an order needs, and the translation between field keys and form fields. */
@Component
class OrderPages {

    private final ChangeOrders changeOrders;
    private final Provinces provinces;
    private final ReferenceData referenceData;
    private final ReturnedReasons returnedReasons;
    private final DomainRegistrations domainRegistrations;

    OrderPages(
            ChangeOrders changeOrders,
            Provinces provinces,
            ReferenceData referenceData,
            ReturnedReasons returnedReasons,
            DomainRegistrations domainRegistrations) {
        this.changeOrders = changeOrders;
        this.returnedReasons = returnedReasons;
        this.domainRegistrations = domainRegistrations;
        this.provinces = provinces;
        this.referenceData = referenceData;
    }

    /** The applicant's order with its filing; someone else's is "not found". */
    OrderOverview overview(PortalUser user, UUID orderId) {
        return changeOrders.overview(user.id(), orderId);
    }

    /**
     * The order, its filing, its province (on the subject and domains forms), the reasons of a return with whether each was acted on
     * ({@code reasonStatuses}), and the reviewer's reasons of this section by form field.
     */
    List<ReasonStatus> addCommon(Model model, OrderOverview overview, Section section) {
        model.addAttribute("order", overview.order());
        model.addAttribute("filing", overview.filing());
        // a website change names the website it changes: a subject may have several
        model.addAttribute(
                "changedWebsite",
                overview.order().websiteId() == null
                        ? null
                        : overview.filing().websites().stream()
                                .filter(website ->
                                        website.id().equals(overview.order().websiteId()))
                                .findFirst()
                                .orElse(null));
        // only the subject and domains forms show the province's rules: the order page, the other
        // sections and check answers do not look the province up
        if (section == Section.SUBJECT || section == Section.DOMAINS) {
            model.addAttribute("province", province(overview));
        }
        List<ReasonStatus> statuses = reasonStatuses(overview);
        model.addAttribute("reasonStatuses", statuses);
        model.addAttribute("renamedDomains", renamedDomains(overview));
        if (section != null) {
            model.addAttribute("reasons", reasonsByFormField(overview.order(), section));
        }
        return statuses;
    }

    /**
     * For a subject change that renames the organiser: every filed domain of the subject with the
     * registrant its registration record names (null when there is none), so that the page can say
     * each must follow the new name. Empty for any other change.
     */
    List<RenamedDomain> renamedDomains(OrderOverview overview) {
        ChangeOrderView order = overview.order();
        if (order.type() != com.icpportal.changeorder.ChangeType.SUBJECT_CHANGE
                || order.proposedSubject() == null
                || java.util.Objects.equals(
                        order.proposedSubject().organiserName(),
                        overview.filing().details().organiserName())) {
            return List.of();
        }
        List<String> filed = overview.filing().websites().stream()
                .flatMap(website -> website.domains().stream())
                .toList();
        Map<String, com.icpportal.filing.DomainRecord> records = domainRegistrations.find(filed.stream()
                .filter(DomainName::isValid)
                .map(domain -> DomainName.parse(domain).ascii())
                .toList());
        String newName = order.proposedSubject().organiserName().strip();
        return filed.stream()
                .map(domain -> {
                    var record = DomainName.isValid(domain)
                            ? records.get(DomainName.parse(domain).ascii())
                            : null;
                    return new RenamedDomain(
                            domain,
                            record == null ? null : record.registrant(),
                            record != null && record.registrant().strip().equals(newName));
                })
                .toList();
    }

    /** A filed domain during a rename: who its record names, and whether that is already the new name. */
    public record RenamedDomain(String domain, String registrant, boolean followsNewName) {}

    /** Each reason the applicant is to act on, and whether its target changed since the return. */
    List<ReasonStatus> reasonStatuses(OrderOverview overview) {
        return returnedReasons.statuses(overview);
    }

    ProvinceRules province(OrderOverview overview) {
        return provinces.find(overview.filing().provinceCode()).orElseThrow();
    }

    /** Puts each violation at its form field, with its message key: the page says it in the request's language. */
    static void bind(List<Violation> violations, BindingResult result) {
        for (Violation violation : violations) {
            result.rejectValue(
                    formField(violation.fieldKey()),
                    violation.messageKey(),
                    violation.arguments().toArray(),
                    null);
        }
    }

    /**
     * {@code principal.mobile} → {@code mobile}; {@code domains[1].name} → {@code domains[1]};
     * {@code principal.certificateValidFrom} → {@code validFrom} (the principal form's date fields are
     * named {@code validFrom} and {@code validTo}).
     */
    static String formField(String fieldKey) {
        if (fieldKey.startsWith("domains[")) {
            return fieldKey.substring(0, fieldKey.indexOf(']') + 1);
        }
        int dot = fieldKey.indexOf('.');
        String field = dot < 0 ? fieldKey : fieldKey.substring(dot + 1);
        return switch (field) {
            case "certificateValidFrom" -> "validFrom";
            case "certificateValidTo" -> "validTo";
            default -> field;
        };
    }

    /** The reasons of a return or rejection that concern this section, by form field. */
    static Map<String, List<Reason>> reasonsByFormField(ChangeOrderView order, Section section) {
        Map<String, List<Reason>> byField = new LinkedHashMap<>();
        for (Reason reason : order.reasonsToActOn()) {
            if (section.owns(reason.fieldKey())) {
                byField.computeIfAbsent(formField(reason.fieldKey()), key -> new java.util.ArrayList<>())
                        .add(reason);
            }
        }
        return byField;
    }

    /** The cities of the province, and their districts grouped by city (no script is needed to match them). */
    void addDivisions(Model model, String provinceCode, Locale locale) {
        List<Division> divisions = referenceData.divisionsOfProvince(provinceCode);
        List<Division> cities = divisions.stream()
                .filter(division -> provinceCode.equals(division.parentCode()))
                .toList();
        Map<Option, List<Option>> districts = new LinkedHashMap<>();
        for (Division city : cities) {
            List<Division> children = divisions.stream()
                    .filter(division -> city.code().equals(division.parentCode()))
                    .toList();
            if (!children.isEmpty()) {
                districts.put(new Option(city.code(), city.name().in(locale)), options(children, locale));
            }
        }
        model.addAttribute("cities", options(cities, locale));
        model.addAttribute("districtsByCity", districts);
    }

    List<Option> serviceTypes(Locale locale) {
        return referenceData.serviceTypes().stream()
                .map(item -> new Option(item.code(), item.name().in(locale)))
                .toList();
    }

    List<Option> preApprovalItems(Locale locale) {
        return referenceData.preApprovalItems().stream()
                .map(item -> new Option(item.code(), item.name().in(locale)))
                .toList();
    }

    private static List<Option> options(List<Division> divisions, Locale locale) {
        return divisions.stream()
                .map(division -> new Option(division.code(), division.name().in(locale)))
                .toList();
    }
}
