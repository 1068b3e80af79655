package com.icpportal.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The rows of the n-th generated filing and change order (n from 1), as values in the order of
 * each {@link Table}'s columns. Everything derives from n and the time of the run, so no row needs
 * another in memory and the same n always gives the same values.
 * <p>
 * Each order is submitted and its subject has no other order, so the one-open-order-per-subject
 * index always holds. States: 30% provider review, 5% verification (no deadline), 15% verification
 * review, 15% awaiting submission, 20% authority review, 10% approved, 5% withdrawn. Deadlines are
 * spread evenly from a week ago to two weeks ahead. Three orders in four change the subject (its
 * address), the others the website (its name), so that the case page has a proposal to compare.
 */
final class BulkRows {

    static final String REFERENCE_PREFIX = "CO-GEN-";
    /** Ten-digit serials 19xxxxxxxx: unlike the demo's (20xx…), and ten digits up to this many orders. */
    static final long MAX_ORDERS = 99_999_999L;

    private static final long SERIAL_BASE = 1_900_000_000L;

    /** The columns of a subject's details: the same names on the filing and on an order's proposal. */
    private static final List<String> SUBJECT_DETAILS = List.of(
            "subject_type",
            "organiser_name",
            "certificate_type",
            "certificate_number",
            "city_code",
            "address",
            "investor",
            "principal_name",
            "principal_certificate_type",
            "principal_certificate_number",
            "principal_certificate_valid_from",
            "principal_certificate_valid_to",
            "principal_certificate_long_term",
            "principal_mobile",
            "principal_emergency_phone",
            "principal_email");
    /** The columns of a website's details; on an order's proposal they start with {@code website_}. */
    private static final List<String> WEBSITE_DETAILS = List.of(
            "name",
            "principal_name",
            "principal_certificate_type",
            "principal_certificate_number",
            "principal_certificate_valid_from",
            "principal_certificate_valid_to",
            "principal_certificate_long_term",
            "principal_mobile",
            "principal_emergency_phone",
            "principal_email",
            "service_types",
            "pre_approval_items",
            "pre_approval_none",
            "comment");

    static final Table SUBJECTS = new Table(
            "filing_subject",
            columns(
                    List.of("id", "icp_number", "province_code", "owner_id", "status"),
                    SUBJECT_DETAILS,
                    List.of("version", "created_at", "updated_at")));
    static final Table WEBSITES = new Table(
            "filing_website",
            columns(
                    List.of("id", "subject_id", "icp_number", "status"),
                    WEBSITE_DETAILS,
                    List.of("version", "created_at", "updated_at")));
    static final Table DOMAINS = new Table("filing_website_domain", "website_id", "position", "name");
    /** Submitted orders, with the proposal (the filed values with one change) and the rules snapshot. */
    static final Table ORDERS = new Table(
            "change_order",
            columns(
                    List.of(
                            "id",
                            "reference",
                            "type",
                            "subject_id",
                            "website_id",
                            "applicant_id",
                            "province_code",
                            "state",
                            "version",
                            "created_at",
                            "updated_at",
                            "submitted_at",
                            "due_at",
                            "rules_captured_at",
                            "rules_sms_verification_required",
                            "rules_verification_channel",
                            "rules_domain_certificate_rule",
                            "rules_max_domains_per_website",
                            "rules_review_min_workdays",
                            "rules_review_max_workdays",
                            "rules_local_mobile_required"),
                    SUBJECT_DETAILS,
                    WEBSITE_DETAILS.stream().map(column -> "website_" + column).toList()));
    /** The proposed domains of the website changes. */
    static final Table ORDER_DOMAINS = new Table("change_order_domain", "order_id", "position", "name");
    /** Two per order: START at creation and SUBMIT at submission (the later steps are not recorded). */
    static final Table TRANSITIONS = new Table(
            "change_order_transition",
            "id",
            "order_id",
            "occurred_at",
            "actor_id",
            "actor_role",
            "action",
            "from_state",
            "to_state");

    /** Each state and its share in percent; the shares add up to 100. */
    private static final List<Share> STATES = List.of(
            new Share("PROVIDER_REVIEW", 30, true),
            new Share("VERIFICATION", 5, false),
            new Share("VERIFICATION_REVIEW", 15, true),
            new Share("AWAITING_SUBMISSION", 15, true),
            new Share("AUTHORITY_REVIEW", 20, true),
            new Share("APPROVED", 10, false),
            new Share("WITHDRAWN", 5, false));

    private record Share(String state, int percent, boolean hasDeadline) {}

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN_NAMES = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "强", "军", "杰"};
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_ID_CHECK = "10X98765432";
    private static final LocalDate BIRTH_DATES_FROM = LocalDate.of(1960, 1, 1);
    private static final LocalDate VALID_FROM = LocalDate.of(2012, 1, 1);

    private static final long DAY = Duration.ofDays(1).toSeconds();
    private static final int SUBJECT_KIND = 1;
    private static final int WEBSITE_KIND = 2;
    private static final int ORDER_KIND = 3;
    private static final int TRANSITION_KIND = 4;

    private final List<ProvinceSeed> provinces;
    private final UUID applicantId;
    private final Instant now;
    private final long idMillis;

    BulkRows(List<ProvinceSeed> provinces, UUID applicantId, Instant now) {
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("no provinces to spread the filings over");
        }
        this.provinces = List.copyOf(provinces);
        this.applicantId = applicantId;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.idMillis = now.toEpochMilli();
    }

    Object[] subject(long n) {
        ProvinceSeed province = province(n);
        Instant filed = filedAt(n);
        return row(
                new Object[] {id(SUBJECT_KIND, n), icpNumber(n), province.code(), applicantId, "ACTIVE"},
                subjectDetails(n, address(province, n)),
                new Object[] {0, filed, filed});
    }

    Object[] website(long n) {
        Instant filed = filedAt(n);
        return row(
                new Object[] {id(WEBSITE_KIND, n), id(SUBJECT_KIND, n), icpNumber(n) + "-1", "ACTIVE"},
                websiteDetails(n, websiteName(n)),
                new Object[] {0, filed, filed});
    }

    Object[] domain(long n) {
        return new Object[] {id(WEBSITE_KIND, n), 0, domainName(n)};
    }

    /** The order: a subject change proposes a new address, a website change a new website name. */
    Object[] order(long n) {
        ProvinceSeed province = province(n);
        Share share = share(n);
        boolean websiteChange = isWebsiteChange(n);
        Instant submitted = submittedAt(n);
        Instant updated = submitted.plusSeconds(
                uniform(n, 3, Duration.between(submitted, now).toSeconds() + 1));
        Instant due = share.hasDeadline() ? now.minusSeconds(7 * DAY).plusSeconds(uniform(n, 4, 21 * DAY)) : null;
        Object[] order = {
            id(ORDER_KIND, n),
            reference(n),
            websiteChange ? "WEBSITE_CHANGE" : "SUBJECT_CHANGE",
            id(SUBJECT_KIND, n),
            websiteChange ? id(WEBSITE_KIND, n) : null,
            applicantId,
            province.code(),
            share.state(),
            0,
            createdAt(n),
            updated,
            submitted,
            due,
            submitted,
            province.smsVerificationRequired(),
            province.verificationChannel(),
            province.domainCertificateRule(),
            province.maxDomainsPerWebsite(),
            province.reviewMinWorkdays(),
            province.reviewMaxWorkdays(),
            province.localMobileRequired()
        };
        Object[] subject =
                websiteChange ? new Object[SUBJECT_DETAILS.size()] : subjectDetails(n, address(province, n) + "2层");
        Object[] website =
                websiteChange ? websiteDetails(n, websiteName(n) + "（新版）") : new Object[WEBSITE_DETAILS.size()];
        return row(order, subject, website);
    }

    /** The proposed domain of a website change (the filed one, kept), or null for a subject change. */
    Object[] orderDomain(long n) {
        return isWebsiteChange(n) ? new Object[] {id(ORDER_KIND, n), 0, domainName(n)} : null;
    }

    /** The i-th transition (i from 1): odd i the START of order (i + 1) / 2, even i its SUBMIT. */
    Object[] transition(long i) {
        long n = (i + 1) / 2;
        boolean start = i % 2 == 1;
        return new Object[] {
            id(TRANSITION_KIND, i),
            id(ORDER_KIND, n),
            start ? createdAt(n) : submittedAt(n),
            applicantId,
            "APPLICANT",
            start ? "START" : "SUBMIT",
            start ? null : "DRAFT",
            start ? "DRAFT" : "PROVIDER_REVIEW"
        };
    }

    static String reference(long n) {
        return REFERENCE_PREFIX + n;
    }

    private ProvinceSeed province(long n) {
        return provinces.get((int) ((n - 1) % provinces.size()));
    }

    private Object[] subjectDetails(long n, String address) {
        ProvinceSeed province = province(n);
        String principal = principalName(n);
        return new Object[] {
            "ENTERPRISE",
            province.nameZh() + "批量示例" + n + "号科技有限公司",
            "USCC",
            creditCode(province.cityCode(), n),
            province.cityCode(),
            address,
            principal,
            principal,
            "RESIDENT_ID",
            residentId(province.cityCode(), n),
            validFrom(n),
            validFrom(n).plusYears(20),
            false,
            mobile("139", n),
            mobile("138", n),
            "principal" + n + "@" + domainName(n)
        };
    }

    private Object[] websiteDetails(long n, String name) {
        return new Object[] {
            name,
            principalName(n),
            "RESIDENT_ID",
            residentId(province(n).cityCode(), n),
            validFrom(n),
            validFrom(n).plusYears(20),
            false,
            mobile("139", n),
            mobile("138", n),
            "principal" + n + "@" + domainName(n),
            "{UNIT_PORTAL}",
            "{}",
            true,
            "企业官方网站，介绍产品与服务。"
        };
    }

    private static String address(ProvinceSeed province, long n) {
        return province.nameZh() + "示例路" + n + "号";
    }

    private static String websiteName(long n) {
        return "批量示例" + n + "号官网";
    }

    private static boolean isWebsiteChange(long n) {
        return uniform(n, 5, 4) == 0;
    }

    private String icpNumber(long n) {
        return province(n).icpPrefix() + "ICP备" + (SERIAL_BASE + n) + "号";
    }

    private static String domainName(long n) {
        return "bulk" + n + ".cn";
    }

    private static Share share(long n) {
        long bucket = uniform(n, 1, 100);
        for (Share share : STATES) {
            bucket -= share.percent();
            if (bucket < 0) {
                return share;
            }
        }
        throw new IllegalStateException("the state shares add up to less than 100");
    }

    /** Submitted between an hour and two weeks ago. */
    private Instant submittedAt(long n) {
        return now.minusSeconds(3600 + uniform(n, 2, 14 * DAY));
    }

    /** Started between ten minutes and three days before submission. */
    private Instant createdAt(long n) {
        return submittedAt(n).minusSeconds(600 + uniform(n, 6, 3 * DAY));
    }

    /** Filed between one and four years ago. */
    private Instant filedAt(long n) {
        return now.minusSeconds(365 * DAY + uniform(n, 7, 3 * 365 * DAY));
    }

    private static LocalDate validFrom(long n) {
        return VALID_FROM.plusDays(uniform(n, 8, 3000));
    }

    private static String principalName(long n) {
        return SURNAMES[(int) uniform(n, 9, SURNAMES.length)] + GIVEN_NAMES[(int) uniform(n, 10, GIVEN_NAMES.length)];
    }

    private static String mobile(String prefix, long n) {
        return prefix + "%08d".formatted(n % 100_000_000L);
    }

    /**
     * A unified social credit code with valid check characters: 91, the city, n in base 31 as the body of the
     * organisation code with its GB 11714 check character, then the code's own check character.
     */
    static String creditCode(String cityCode, long n) {
        StringBuilder code = new StringBuilder("91").append(cityCode);
        char[] body = new char[8];
        long rest = n;
        int organisationSum = 0;
        for (int i = body.length - 1; i >= 0; i--) {
            body[i] = CREDIT_CODE_ALPHABET.charAt((int) (rest % 31));
            rest /= 31;
        }
        for (int i = 0; i < body.length; i++) {
            // GB 11714 counts letters from A = 10 to Z = 35, so their value is their place in base 36.
            organisationSum += Character.digit(body[i], 36) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int organisationCheck = 11 - organisationSum % 11;
        code.append(body).append(organisationCheck == 10 ? 'X' : (char) ('0' + organisationCheck % 11));
        int sum = 0;
        for (int i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return code.append(CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A resident ID with a valid check character: the city, a birth date from 1960 to 1999, a sequence, the check. */
    static String residentId(String cityCode, long n) {
        LocalDate born = BIRTH_DATES_FROM.plusDays(uniform(n, 11, 40 * 365));
        String body = cityCode
                + "%04d%02d%02d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                + "%03d".formatted(n % 1000);
        int sum = 0;
        for (int i = 0; i < RESIDENT_ID_WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return body + RESIDENT_ID_CHECK.charAt(sum % 11);
    }

    /**
     * Ids in the UUID version 7 layout (the run's time, then the kind of row and its number), so that
     * each table's primary key grows at its right edge instead of at random places.
     */
    private UUID id(int kind, long n) {
        return new UUID((idMillis << 16) | 0x7000L | kind, 0x8000_0000_0000_0000L | n);
    }

    private static List<String> columns(List<String> first, List<String> second, List<String> third) {
        List<String> columns = new ArrayList<>(first);
        columns.addAll(second);
        columns.addAll(third);
        return columns;
    }

    private static Object[] row(Object[] first, Object[] second, Object[] third) {
        Object[] row = Arrays.copyOf(first, first.length + second.length + third.length);
        System.arraycopy(second, 0, row, first.length, second.length);
        System.arraycopy(third, 0, row, first.length + second.length, third.length);
        return row;
    }

    /** A number from 0 (inclusive) to bound that looks random but depends only on n and the salt. */
    private static long uniform(long n, long salt, long bound) {
        long z = n * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return Math.floorMod(z, bound);
    }
}
