package com.icpportal.filing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.filing.FilingAdminEvents.FilingImported;
import com.icpportal.province.Division;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.ReferenceItem;
import com.icpportal.shared.CsvText;
import com.icpportal.shared.ImportProblem;
import com.icpportal.values.DomainName;
import com.icpportal.values.IcpNumber;
import com.icpportal.values.InvalidValueException;
import com.icpportal.values.MobileNumber;
import com.icpportal.values.ResidentIdNumber;
import com.icpportal.values.SocialCreditCode;

/**
 * Brings existing filings in from CSV, all or nothing: one row per website, the subject's columns
 * repeated on each of its websites' rows (see README, "Importing filings"). Every value is checked
 * with the value types and the reference data; one wrong value and nothing is imported, with every
 * problem reported by row and column. Data rows are counted from 1; the header is not a row.
 */
@Service
public class FilingImport {

    /** The columns, in the order of the sample file; the header must name each once (any order). */
    public static final List<String> COLUMNS = List.of(
            "province_code",
            "subject_icp_number",
            "subject_type",
            "organiser_name",
            "certificate_type",
            "certificate_number",
            "city_code",
            "district_code",
            "address",
            "investor",
            "principal_name",
            "principal_certificate_type",
            "principal_certificate_number",
            "principal_valid_from",
            "principal_valid_to",
            "principal_mobile",
            "principal_emergency_phone",
            "principal_email",
            "website_icp_number",
            "website_name",
            "website_domains",
            "service_types",
            "pre_approval_items",
            "website_comment",
            "owner_username");

    /** The columns that describe the subject: they must agree on every row of the same subject. */
    private static final List<String> SUBJECT_COLUMNS = COLUMNS.subList(0, 18);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_SERVICE_TYPES = 5;

    private final Filings filings;
    private final Provinces provinces;
    private final ReferenceData referenceData;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    FilingImport(
            Filings filings,
            Provinces provinces,
            ReferenceData referenceData,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.filings = filings;
        this.provinces = provinces;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.events = events;
    }

    /** What an import did: subjects and websites imported, or the problems that stopped it. */
    public record Outcome(int subjects, int websites, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks every row, then registers every filing in this one transaction, or nothing. */
    @Transactional
    public Outcome importCsv(String text, String fileName, UUID actorId) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SubjectRegistration> registrations = check(text, problems);
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        int websites = 0;
        for (SubjectRegistration registration : registrations) {
            UUID id = filings.register(registration);
            websites += registration.websites().size();
            events.publishEvent(new FilingImported(
                    id,
                    IcpNumber.parse(registration.icpNumber()).toString(),
                    registration.websites().size(),
                    fileName,
                    actorId));
        }
        return new Outcome(registrations.size(), websites, List.of());
    }

    private List<SubjectRegistration> check(String text, List<ImportProblem> problems) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.parse(text);
        } catch (CsvText.MalformedCsvException e) {
            problems.add(new ImportProblem(0, null, "import.problem.unclosedQuote", e.line()));
            return List.of();
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, "import.problem.empty"));
            return List.of();
        }
        Map<String, Integer> header = header(rows.get(0), problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        if (rows.size() == 1) {
            problems.add(new ImportProblem(0, null, "filingImport.problem.noRows"));
            return List.of();
        }
        Context context = new Context();
        Map<String, SubjectDraft> subjects = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            Row row = new Row(i, rows.get(i), header);
            checkRow(row, context, subjects, problems);
        }
        return subjects.values().stream().map(SubjectDraft::registration).toList();
    }

    private Map<String, Integer> header(CsvText.Row row, List<ImportProblem> problems) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new ImportProblem(0, name, "filingImport.problem.unknownColumn", name));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(0, name, "filingImport.problem.repeatedColumn", name));
            }
        }
        for (String column : COLUMNS) {
            if (!positions.containsKey(column)) {
                problems.add(new ImportProblem(0, column, "filingImport.problem.missingColumn", column));
            }
        }
        return positions;
    }

    private void checkRow(Row row, Context context, Map<String, SubjectDraft> subjects, List<ImportProblem> problems) {
        int before = problems.size();
        ProvinceRules province = context.province(row.get("province_code"));
        if (province == null) {
            row.problem(problems, "province_code", "filingImport.problem.province", row.get("province_code"));
        }
        IcpNumber subjectNumber = row.value(problems, "subject_icp_number", IcpNumber::parse);
        if (subjectNumber != null) {
            if (subjectNumber.isWebsiteNumber()) {
                row.problem(problems, "subject_icp_number", "filingImport.problem.subjectNumber", subjectNumber);
                subjectNumber = null;
            } else if (province != null && !province.icpPrefixes().contains(subjectNumber.prefix())) {
                row.problem(
                        problems,
                        "subject_icp_number",
                        "filingImport.problem.prefix",
                        subjectNumber.prefix(),
                        String.join(" ", province.icpPrefixes()));
            }
        }
        String key = subjectNumber == null ? null : subjectNumber.toString();
        SubjectDraft earlier = key == null ? null : subjects.get(key);
        if (earlier != null) {
            for (String column : SUBJECT_COLUMNS) {
                if (!row.get(column).equals(earlier.first.get(column))) {
                    row.problem(problems, column, "filingImport.problem.subjectDiffers", earlier.first.number);
                }
            }
            if (!row.get("owner_username").equals(earlier.first.get("owner_username"))) {
                row.problem(problems, "owner_username", "filingImport.problem.subjectDiffers", earlier.first.number);
            }
        }
        SubjectDetails details = earlier != null ? earlier.details : subjectDetails(row, province, context, problems);
        UUID ownerId = earlier != null ? earlier.ownerId : owner(row, context, problems);
        if (earlier == null && key != null && filings.isFiled(key)) {
            row.problem(problems, "subject_icp_number", "filingImport.problem.subjectFiled", key);
        }
        WebsiteDetails website = websiteDetails(row, details, context, problems);
        String websiteNumber = websiteNumber(row, subjectNumber, context, problems);
        List<String> domains = domains(row, context, province, problems);
        if (problems.size() > before || key == null) {
            return;
        }
        SubjectDraft draft = earlier != null
                ? earlier
                : subjects.computeIfAbsent(key, number -> new SubjectDraft(row, province.code(), details, ownerId));
        draft.websites.add(new SubjectRegistration.WebsiteRegistration(website, domains, websiteNumber));
    }

    private SubjectDetails subjectDetails(
            Row row, ProvinceRules province, Context context, List<ImportProblem> problems) {
        SubjectType type = row.enumValue(problems, "subject_type", SubjectType.class);
        String organiser = row.text(problems, "organiser_name", 200, true);
        CertificateType certificateType = row.enumValue(problems, "certificate_type", CertificateType.class);
        if (type != null
                && certificateType != null
                && type.isOrganisation() != (certificateType == CertificateType.USCC)) {
            row.problem(
                    problems,
                    "certificate_type",
                    type.isOrganisation()
                            ? "filingImport.problem.organisationCertificate"
                            : "filingImport.problem.individualCertificate");
        }
        String certificate = certificateNumber(row, problems, "certificate_number", certificateType);
        String city = row.get("city_code");
        String district = row.get("district_code");
        if (province != null) {
            Map<String, Division> divisions = context.divisions(province.code());
            Division cityDivision = divisions.get(city);
            if (cityDivision == null || !province.code().equals(cityDivision.parentCode())) {
                row.problem(problems, "city_code", "filingImport.problem.city", city, province.code());
            } else if (!district.isEmpty()
                    && (divisions.get(district) == null
                            || !city.equals(divisions.get(district).parentCode()))) {
                row.problem(problems, "district_code", "filingImport.problem.district", district, city);
            }
        }
        String address = row.text(problems, "address", 300, true);
        String investor = row.text(problems, "investor", 200, true);
        Principal principal = principal(row, problems);
        return new SubjectDetails(
                type,
                organiser,
                certificateType,
                certificate,
                city,
                district.isEmpty() ? null : district,
                address,
                investor,
                principal);
    }

    private Principal principal(Row row, List<ImportProblem> problems) {
        String name = row.text(problems, "principal_name", 64, true);
        CertificateType type = row.enumValue(problems, "principal_certificate_type", CertificateType.class);
        if (type == CertificateType.USCC) {
            row.problem(problems, "principal_certificate_type", "filingImport.problem.personCertificate");
        }
        String number = certificateNumber(row, problems, "principal_certificate_number", type);
        LocalDate from = row.date(problems, "principal_valid_from", true);
        LocalDate to = row.date(problems, "principal_valid_to", false);
        if (from != null && to != null && !to.isAfter(from)) {
            row.problem(problems, "principal_valid_to", "filingImport.problem.validity");
        }
        MobileNumber mobile = row.value(problems, "principal_mobile", MobileNumber::parse);
        String emergency = row.text(problems, "principal_emergency_phone", 32, true);
        if (mobile != null && mobile.value().equals(emergency)) {
            row.problem(problems, "principal_emergency_phone", "filingImport.problem.emergencySame");
        }
        String email = row.text(problems, "principal_email", 254, true);
        if (email != null && !EMAIL.matcher(email).matches()) {
            row.problem(problems, "principal_email", "filingImport.problem.email", email);
        }
        return new Principal(
                name, type, number, from, to, to == null, mobile == null ? null : mobile.value(), emergency, email);
    }

    private static String certificateNumber(
            Row row, List<ImportProblem> problems, String column, CertificateType type) {
        if (type == CertificateType.USCC) {
            SocialCreditCode code = row.value(problems, column, SocialCreditCode::parse);
            return code == null ? null : code.value();
        }
        if (type == CertificateType.RESIDENT_ID) {
            ResidentIdNumber id = row.value(problems, column, ResidentIdNumber::parse);
            return id == null ? null : id.value();
        }
        return row.text(problems, column, 64, true);
    }

    private WebsiteDetails websiteDetails(
            Row row, SubjectDetails subject, Context context, List<ImportProblem> problems) {
        String name = row.text(problems, "website_name", 100, true);
        List<String> serviceTypes = codes(row.get("service_types"));
        if (serviceTypes.isEmpty() || serviceTypes.size() > MAX_SERVICE_TYPES) {
            row.problem(problems, "service_types", "filingImport.problem.serviceTypeCount", MAX_SERVICE_TYPES);
        }
        serviceTypes.stream()
                .filter(code -> !context.serviceTypes.contains(code))
                .findFirst()
                .ifPresent(code -> row.problem(problems, "service_types", "filingImport.problem.code", code));
        List<String> preApproval = codes(row.get("pre_approval_items"));
        preApproval.stream()
                .filter(code -> !context.preApprovalItems.contains(code))
                .findFirst()
                .ifPresent(code -> row.problem(problems, "pre_approval_items", "filingImport.problem.code", code));
        String comment = row.text(problems, "website_comment", 200, false);
        // the website's principal is the subject's in this import (see README)
        return new WebsiteDetails(
                name,
                subject == null ? null : subject.principal(),
                serviceTypes,
                preApproval,
                preApproval.isEmpty(),
                comment);
    }

    private static String websiteNumber(
            Row row, IcpNumber subjectNumber, Context context, List<ImportProblem> problems) {
        IcpNumber number = row.value(problems, "website_icp_number", IcpNumber::parse);
        if (number == null) {
            return null;
        }
        if (!number.isWebsiteNumber()
                || (subjectNumber != null && !number.subjectNumber().equals(subjectNumber))) {
            row.problem(
                    problems,
                    "website_icp_number",
                    "filingImport.problem.websiteNumber",
                    number,
                    subjectNumber == null ? "" : subjectNumber);
            return null;
        }
        Integer earlierRow = context.websiteNumbers.putIfAbsent(number.toString(), row.number);
        if (earlierRow != null) {
            row.problem(problems, "website_icp_number", "filingImport.problem.repeated", number, earlierRow);
        }
        return number.toString();
    }

    private List<String> domains(Row row, Context context, ProvinceRules province, List<ImportProblem> problems) {
        List<String> names = codes(row.get("website_domains"));
        if (names.isEmpty()) {
            row.problem(problems, "website_domains", "value.domainName.empty");
            return List.of();
        }
        List<String> ascii = new ArrayList<>();
        for (String name : names) {
            DomainName domain;
            try {
                domain = DomainName.parse(name);
            } catch (InvalidValueException e) {
                row.problem(problems, "website_domains", e.messageKey(), e.arguments());
                continue;
            }
            if (context.suffixes().stream().noneMatch(domain::endsWith)) {
                row.problem(problems, "website_domains", "filingImport.problem.suffix", domain.unicode());
            }
            Integer earlierRow = context.domains.putIfAbsent(domain.ascii(), row.number);
            if (earlierRow != null) {
                row.problem(problems, "website_domains", "filingImport.problem.repeated", domain.unicode(), earlierRow);
            }
            ascii.add(domain.ascii());
        }
        if (!ascii.isEmpty()) {
            filings.websitesOfDomains(ascii).keySet().stream()
                    .findFirst()
                    .ifPresent(filed -> row.problem(
                            problems,
                            "website_domains",
                            "filingImport.problem.domainFiled",
                            DomainName.parse(filed).unicode()));
        }
        return ascii;
    }

    private UUID owner(Row row, Context context, List<ImportProblem> problems) {
        String username = row.get("owner_username");
        if (username.isEmpty()) {
            return null;
        }
        Optional<AccountView> account = context.accounts.computeIfAbsent(username, accounts::findByUsername);
        if (account.isEmpty()) {
            row.problem(problems, "owner_username", "filingAdmin.problem.noAccount", username);
            return null;
        }
        if (!account.get().roles().contains(Role.APPLICANT)) {
            row.problem(problems, "owner_username", "filingAdmin.problem.notApplicant", username);
            return null;
        }
        return account.get().id();
    }

    private static List<String> codes(String value) {
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }

    /** Reference data and what earlier rows used, loaded once per import. */
    private final class Context {

        final Map<String, Optional<ProvinceRules>> provinces = new HashMap<>();
        final Map<String, Optional<AccountView>> accounts = new HashMap<>();
        final Map<String, Integer> websiteNumbers = new HashMap<>();
        final Map<String, Integer> domains = new HashMap<>();
        final Set<String> serviceTypes =
                referenceData.serviceTypes().stream().map(ReferenceItem::code).collect(Collectors.toSet());
        final Set<String> preApprovalItems = referenceData.preApprovalItems().stream()
                .map(ReferenceItem::code)
                .collect(Collectors.toSet());
        private final Map<String, Map<String, Division>> divisions = new HashMap<>();
        private Set<String> suffixes;

        Map<String, Division> divisions(String provinceCode) {
            return divisions.computeIfAbsent(
                    provinceCode,
                    code -> referenceData.divisionsOfProvince(code).stream()
                            .collect(Collectors.toMap(Division::code, Function.identity())));
        }

        ProvinceRules province(String code) {
            return provinces
                    .computeIfAbsent(code, FilingImport.this.provinces::find)
                    .orElse(null);
        }

        Set<String> suffixes() {
            if (suffixes == null) {
                suffixes = referenceData.approvedSuffixes();
            }
            return suffixes;
        }
    }

    /** A subject being assembled from its rows. */
    private static final class SubjectDraft {

        final Row first;
        final String provinceCode;
        final SubjectDetails details;
        final UUID ownerId;
        final List<SubjectRegistration.WebsiteRegistration> websites = new ArrayList<>();

        SubjectDraft(Row first, String provinceCode, SubjectDetails details, UUID ownerId) {
            this.first = first;
            this.provinceCode = provinceCode;
            this.details = details;
            this.ownerId = ownerId;
        }

        SubjectRegistration registration() {
            return new SubjectRegistration(first.get("subject_icp_number"), provinceCode, ownerId, details, websites);
        }
    }

    /** One data row, read by column name. */
    private static final class Row {

        final int number;
        final CsvText.Row csv;
        final Map<String, Integer> header;

        Row(int number, CsvText.Row csv, Map<String, Integer> header) {
            this.number = number;
            this.csv = csv;
            this.header = header;
        }

        String get(String column) {
            return csv.field(header.get(column));
        }

        void problem(List<ImportProblem> problems, String column, String key, Object... arguments) {
            problems.add(new ImportProblem(number, column, key, arguments));
        }

        <T> T value(List<ImportProblem> problems, String column, Function<String, T> parse) {
            try {
                return parse.apply(get(column));
            } catch (InvalidValueException e) {
                problem(problems, column, e.messageKey(), e.arguments());
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(List<ImportProblem> problems, String column, Class<E> type) {
            String value = get(column);
            if (value.isEmpty()) {
                problem(problems, column, "filingImport.problem.required");
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(problems, column, "filingImport.problem.code", value);
                return null;
            }
        }

        String text(List<ImportProblem> problems, String column, int max, boolean required) {
            String value = get(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(problems, column, "filingImport.problem.required");
                }
                return null;
            }
            if (value.length() > max) {
                problem(problems, column, "filingImport.problem.tooLong", max);
            }
            return value;
        }

        LocalDate date(List<ImportProblem> problems, String column, boolean required) {
            String value = get(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(problems, column, "filingImport.problem.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(problems, column, "filingImport.problem.date", value);
                return null;
            }
        }
    }
}
