package com.icpportal.changeorder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.ValidationResult;
import com.icpportal.changeorder.Violation;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.values.DomainName;
import com.icpportal.values.InvalidValueException;
import com.icpportal.values.MobileLocation;
import com.icpportal.values.MobileNumber;
import com.icpportal.values.ProvinceLevel;
import com.icpportal.values.ResidentIdNumber;
import com.icpportal.values.SocialCreditCode;

/**
 * The rules of domain.md over a proposal, independent of the web layer: each failure names its
 * field key and a message key. Cheap checks of each field come first; a field that already
 * failed is not checked against other records.
 */
public final class ProposalValidator {

    static final int MIN_VALIDITY_MONTHS = 3;
    static final int MAX_SERVICE_TYPES = 5;
    static final int COMMENT_MIN = 20;
    static final int COMMENT_MAX = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LATIN_OR_DIGITS_ONLY = Pattern.compile("[\\p{Alnum}\\p{Punct}\\s]+");
    private static final List<String> NATIONAL_WORDS = List.of("中国", "中华", "国家", "中央");
    private static final String GOV_CN = "gov.cn";
    private static final String ZHENGWU = "xn--zfr164b";

    private ProposalValidator() {}

    /** A subject change: the subject's details and its principal ({@code subject.*}, {@code principal.*}). */
    public static ValidationResult validateSubject(SubjectDetails subject, ValidationContext context) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "subject.organiserName", subject.organiserName(), 200);
        certificate(
                violations,
                "subject.certificateNumber",
                subject.certificateType(),
                subject.certificateNumber(),
                context);
        if (blank(subject.cityCode())
                || !subject.cityCode().startsWith(context.provinceCode().substring(0, 2))) {
            violations.add(new Violation("subject.cityCode", "validation.city.choose"));
        } else if (!blank(subject.districtCode())
                && !subject.districtCode().startsWith(subject.cityCode().substring(0, 4))) {
            violations.add(new Violation("subject.districtCode", "validation.district.notInCity"));
        }
        required(violations, "subject.address", subject.address(), 300);
        required(violations, "subject.investor", subject.investor(), 200);
        principal(violations, "principal", subject.principal(), context);
        return new ValidationResult(violations, Set.of());
    }

    /**
     * A website change: the website's details ({@code website.*}), its principal
     * ({@code principal.*}) and its domains ({@code domains[i].name}), given as typed.
     */
    public static ValidationResult validateWebsite(
            WebsiteDetails website, List<String> domains, ValidationContext context) {
        List<Violation> violations = new ArrayList<>();
        websiteName(violations, website.name(), context.subjectType());
        serviceTypes(violations, website.serviceTypes(), context.serviceTypes());
        preApproval(violations, website, context.preApprovalItems());
        comment(violations, website.comment());
        principal(violations, "principal", website.principal(), context);
        Set<String> needingCertificate = domains(violations, domains, context);
        return new ValidationResult(violations, needingCertificate);
    }

    // --- principal -------------------------------------------------------------------------------

    private static void principal(
            List<Violation> violations, String prefix, Principal principal, ValidationContext context) {
        if (principal == null) {
            violations.add(new Violation(prefix + ".name", "validation.required"));
            return;
        }
        int before = violations.size();
        required(violations, prefix + ".name", principal.name(), 64);
        certificate(
                violations,
                prefix + ".certificateNumber",
                principal.certificateType(),
                principal.certificateNumber(),
                context);
        validity(violations, prefix, principal, context.today());
        String mobile = mobile(violations, prefix + ".mobile", principal.mobile(), context);
        String emergency = phone(principal.emergencyPhone());
        if (emergency.isEmpty()) {
            violations.add(new Violation(prefix + ".emergencyPhone", "validation.required"));
        } else if (emergency.equals(mobile)) {
            violations.add(new Violation(prefix + ".emergencyPhone", "validation.emergencyPhone.sameAsMobile"));
        }
        if (blank(principal.email())) {
            violations.add(new Violation(prefix + ".email", "validation.required"));
        } else if (principal.email().strip().length() > 254
                || !EMAIL.matcher(principal.email().strip()).matches()) {
            violations.add(new Violation(prefix + ".email", "validation.email.format"));
        }
        if (violations.size() == before) {
            for (Principal other : context.otherPrincipals()) {
                contacts(violations, prefix, principal, other);
            }
        }
    }

    /** Same person: same contacts. Different people: nothing shared. */
    private static void contacts(List<Violation> violations, String prefix, Principal principal, Principal other) {
        boolean samePerson = normalised(principal.certificateNumber()).equals(normalised(other.certificateNumber()));
        boolean sameMobile = phone(principal.mobile()).equals(phone(other.mobile()));
        boolean sameEmergency = phone(principal.emergencyPhone()).equals(phone(other.emergencyPhone()));
        boolean sameEmail = normalised(principal.email()).equals(normalised(other.email()));
        if (samePerson) {
            if (!principal.name().strip().equals(other.name().strip())) {
                violations.add(new Violation(prefix + ".name", "validation.samePerson.name", other.name()));
            }
            if (!sameMobile) {
                violations.add(new Violation(prefix + ".mobile", "validation.samePerson.mobile", other.mobile()));
            }
            if (!sameEmail) {
                violations.add(new Violation(prefix + ".email", "validation.samePerson.email", other.email()));
            }
        } else {
            if (sameMobile) {
                violations.add(new Violation(prefix + ".mobile", "validation.otherPerson.mobile", other.name()));
            }
            if (sameEmergency) {
                violations.add(new Violation(
                        prefix + ".emergencyPhone", "validation.otherPerson.emergencyPhone", other.name()));
            }
            if (sameEmail) {
                violations.add(new Violation(prefix + ".email", "validation.otherPerson.email", other.name()));
            }
        }
    }

    private static void validity(List<Violation> violations, String prefix, Principal principal, LocalDate today) {
        if (principal.certificateValidFrom() == null) {
            violations.add(new Violation(prefix + ".certificateValidFrom", "validation.required"));
        } else if (principal.certificateValidFrom().isAfter(today)) {
            violations.add(new Violation(prefix + ".certificateValidFrom", "validation.validity.notYetValid"));
        }
        if (principal.certificateLongTerm()) {
            return;
        }
        LocalDate end = principal.certificateValidTo();
        if (end == null) {
            violations.add(new Violation(prefix + ".certificateValidTo", "validation.validity.endOrLongTerm"));
        } else if (!end.isAfter(today.plusMonths(MIN_VALIDITY_MONTHS))) {
            violations.add(new Violation(
                    prefix + ".certificateValidTo",
                    "validation.validity.tooShort",
                    MIN_VALIDITY_MONTHS,
                    end.toString()));
        }
    }

    // --- identities ------------------------------------------------------------------------------

    private static void certificate(
            List<Violation> violations, String key, CertificateType type, String number, ValidationContext context) {
        if (type == null) {
            violations.add(new Violation(key, "validation.certificateType.choose"));
            return;
        }
        if (blank(number)) {
            violations.add(new Violation(key, "validation.required"));
            return;
        }
        try {
            switch (type) {
                case USCC ->
                    region(
                            violations,
                            key,
                            SocialCreditCode.parse(number).regionCode(),
                            "validation.creditCode.regionUnknown",
                            context);
                case RESIDENT_ID ->
                    region(
                            violations,
                            key,
                            ResidentIdNumber.parse(number).regionCode(),
                            "validation.residentId.regionUnknown",
                            context);
                default -> {
                    if (number.strip().length() < 5 || number.strip().length() > 64) {
                        violations.add(new Violation(key, "validation.certificate.format"));
                    }
                }
            }
        } catch (InvalidValueException e) {
            violations.add(new Violation(key, e.messageKey(), e.arguments()));
        }
    }

    /**
     * The value type checks the shape and the province; the region code as a whole must be a division that
     * exists or existed (an ID keeps the code of the county where it was issued).
     */
    private static void region(
            List<Violation> violations, String key, String regionCode, String messageKey, ValidationContext context) {
        if (!context.regionCodes().test(regionCode)) {
            violations.add(new Violation(key, messageKey, regionCode));
        }
    }

    private static String mobile(List<Violation> violations, String key, String mobile, ValidationContext context) {
        if (blank(mobile)) {
            violations.add(new Violation(key, "validation.required"));
            return "";
        }
        try {
            MobileNumber number = MobileNumber.parse(mobile);
            if (context.localMobileRequired()) {
                local(violations, key, number, context.provinceCode());
            }
            return number.toString();
        } catch (InvalidValueException e) {
            violations.add(new Violation(key, e.messageKey(), e.arguments()));
            return phone(mobile);
        }
    }

    /**
     * The province requires a mobile registered in it. A number whose province the geocoder cannot tell (virtual
     * operators, some newer segments) is accepted: the administration's own SMS check with the operators is the
     * authority, and refusing would shut out every such number, local ones included.
     */
    private static void local(List<Violation> violations, String key, MobileNumber number, String provinceCode) {
        MobileLocation location = number.location();
        if (location.isKnown() && !location.provinceCode().orElseThrow().equals(provinceCode)) {
            String required = ProvinceLevel.byTwoDigits(provinceCode.substring(0, 2))
                    .map(ProvinceLevel::chineseName)
                    .orElse(provinceCode);
            violations.add(new Violation(key, "validation.mobile.notLocal", location.description(), required));
        }
    }

    // --- website ---------------------------------------------------------------------------------

    private static void websiteName(List<Violation> violations, String name, SubjectType subjectType) {
        if (!required(violations, "website.name", name, 100)) {
            return;
        }
        String stripped = name.strip();
        if (LATIN_OR_DIGITS_ONLY.matcher(stripped).matches()) {
            violations.add(new Violation("website.name", "validation.websiteName.latinOnly"));
        } else if (subjectType != SubjectType.GOVERNMENT_AGENCY
                && NATIONAL_WORDS.stream().anyMatch(stripped::startsWith)) {
            violations.add(new Violation("website.name", "validation.websiteName.national", stripped.substring(0, 2)));
        }
    }

    private static void serviceTypes(List<Violation> violations, List<String> chosen, Set<String> known) {
        if (chosen.isEmpty()) {
            violations.add(new Violation("website.serviceTypes", "validation.serviceTypes.choose"));
        } else if (chosen.size() > MAX_SERVICE_TYPES) {
            violations.add(new Violation("website.serviceTypes", "validation.serviceTypes.tooMany", MAX_SERVICE_TYPES));
        } else if (!known.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
            violations.add(new Violation("website.serviceTypes", "validation.serviceTypes.unknown"));
        }
    }

    private static void preApproval(List<Violation> violations, WebsiteDetails website, Set<String> known) {
        boolean none = website.preApprovalNone();
        List<String> items = website.preApprovalItems();
        if (none == !items.isEmpty()) {
            // either nothing was answered, or "none of these" was ticked together with items
            violations.add(new Violation(
                    "website.preApprovalItems",
                    none ? "validation.preApproval.noneAndItems" : "validation.preApproval.choose"));
        } else if (!known.containsAll(items)) {
            violations.add(new Violation("website.preApprovalItems", "validation.preApproval.unknown"));
        }
    }

    private static void comment(List<Violation> violations, String comment) {
        int length = comment == null
                ? 0
                : comment.strip().codePointCount(0, comment.strip().length());
        if (length < COMMENT_MIN || length > COMMENT_MAX) {
            violations.add(
                    new Violation("website.comment", "validation.comment.length", COMMENT_MIN, COMMENT_MAX, length));
        }
    }

    // --- domains ---------------------------------------------------------------------------------

    private static Set<String> domains(List<Violation> violations, List<String> typed, ValidationContext context) {
        Set<String> needingCertificate = new LinkedHashSet<>();
        List<String> entered = typed.stream().filter(domain -> !blank(domain)).toList();
        if (entered.isEmpty()) {
            violations.add(new Violation(FieldKeys.domain(0), "validation.domain.required"));
            return needingCertificate;
        }
        if (entered.size() > context.maxDomainsPerWebsite()) {
            violations.add(new Violation("domains", "validation.domain.tooMany", context.maxDomainsPerWebsite()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            if (blank(typed.get(i))) {
                continue;
            }
            String key = FieldKeys.domain(i);
            DomainName domain;
            try {
                domain = DomainName.parse(typed.get(i));
            } catch (InvalidValueException e) {
                violations.add(new Violation(key, e.messageKey(), e.arguments()));
                continue;
            }
            if (!seen.add(domain.ascii())) {
                violations.add(new Violation(key, "validation.domain.duplicate"));
                continue;
            }
            if (!suffix(violations, key, domain, context)) {
                continue;
            }
            UUID owner = context.domainOwners().get(domain.ascii());
            if (owner != null && !owner.equals(context.websiteId())) {
                violations.add(new Violation(key, "validation.domain.filedElsewhere", domain.unicode()));
                continue;
            }
            DomainRecord record = context.domainRecords().get(domain.ascii());
            if (record == null) {
                needingCertificate.add(domain.ascii());
            } else {
                boolean filedHere = owner != null && owner.equals(context.websiteId());
                registration(violations, key, record, context, filedHere);
            }
        }
        return needingCertificate;
    }

    private static boolean suffix(
            List<Violation> violations, String key, DomainName domain, ValidationContext context) {
        boolean government = context.subjectType() == SubjectType.GOVERNMENT_AGENCY;
        boolean governmentSuffix = domain.endsWith(GOV_CN) || domain.endsWith(ZHENGWU);
        if (government && !governmentSuffix) {
            violations.add(new Violation(key, "validation.domain.governmentSuffix"));
            return false;
        }
        if (!government && governmentSuffix) {
            violations.add(new Violation(key, "validation.domain.governmentOnly"));
            return false;
        }
        if (!context.approvedSuffixes().contains(domain.tld())) {
            violations.add(new Violation(
                    key, "validation.domain.suffixNotApproved", "." + java.net.IDN.toUnicode(domain.tld())));
            return false;
        }
        if (context.restrictedSuffixes().contains(domain.tld())) {
            violations.add(new Violation(
                    key, "validation.domain.suffixRestricted", "." + java.net.IDN.toUnicode(domain.tld())));
            return false;
        }
        return true;
    }

    /**
     * A domain must be registered to the organiser. One already filed on this website may still be
     * registered to a name the organiser had before an approved rename: the rename was approved
     * with it, so a later change that keeps it is not refused for it (docs/domain.md).
     */
    private static void registration(
            List<Violation> violations, String key, DomainRecord record, ValidationContext context, boolean filedHere) {
        String registrant = record.registrant().strip();
        boolean formerName = filedHere
                && context.formerOrganiserNames().stream()
                        .anyMatch(name -> name != null && name.strip().equals(registrant));
        if (!formerName
                && !registrant.equals(
                        context.organiserName() == null
                                ? ""
                                : context.organiserName().strip())) {
            violations.add(new Violation(
                    key, "validation.domain.registrantMismatch", record.registrant(), context.organiserName()));
        }
        if (!record.realNameVerified()) {
            violations.add(new Violation(key, "validation.domain.notRealNameVerified"));
        }
        if (!record.expiresOn().isAfter(context.today())) {
            // already expired: "expires on" a past day would misstate it
            violations.add(new Violation(
                    key, "validation.domain.expired", record.expiresOn().toString()));
        } else if (!record.expiresOn().isAfter(context.today().plusMonths(MIN_VALIDITY_MONTHS))) {
            violations.add(new Violation(
                    key, "validation.domain.expiresSoon", record.expiresOn().toString(), MIN_VALIDITY_MONTHS));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static boolean required(List<Violation> violations, String key, String value, int maxLength) {
        if (blank(value)) {
            violations.add(new Violation(key, "validation.required"));
            return false;
        }
        if (value.strip().length() > maxLength) {
            violations.add(new Violation(key, "validation.tooLong", maxLength));
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String phone(String value) {
        return value == null ? "" : value.replaceAll("[^0-9]", "");
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
