package com.icpportal.changeorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.icpportal.changeorder.ValidationResult;
import com.icpportal.changeorder.Violation;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;

/** The rules of domain.md, one at a time: each invalid proposal fails on exactly the field it breaks. */
class ProposalValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final UUID WEBSITE = UUID.randomUUID();
    static final String ORGANISER = "北京示例科技有限公司";

    static final Principal ZHANG = new Principal(
            "张伟",
            CertificateType.RESIDENT_ID,
            "110105198503121234",
            LocalDate.of(2016, 5, 10),
            LocalDate.of(2036, 5, 10),
            false,
            "13812345678",
            "13912345670",
            "zhang@example.cn");
    static final Principal LI = new Principal(
            "李强",
            CertificateType.RESIDENT_ID,
            "110108199007042346",
            LocalDate.of(2019, 8, 1),
            null,
            true,
            "13698765432",
            "13598765430",
            "li@example.cn");

    static final SubjectDetails SUBJECT = new SubjectDetails(
            SubjectType.ENTERPRISE,
            ORGANISER,
            CertificateType.USCC,
            "91110105MA01ABCD5F",
            "110100",
            "110105",
            "北京市朝阳区建国路88号",
            "张伟",
            ZHANG);
    static final WebsiteDetails WEBSITE_DETAILS =
            new WebsiteDetails("示例科技官网", LI, List.of("UNIT_PORTAL"), List.of(), true, "企业官方网站，介绍公司产品与服务，无交互功能。");

    static Properties english;
    static Properties chinese;

    @BeforeAll
    static void messages() throws IOException {
        english = load("messages.properties");
        chinese = load("messages_zh_CN.properties");
    }

    /** Region codes 1199xx were never a division (1199 is no prefecture of Beijing); every other is, here. */
    static boolean regionCode(String code) {
        return !code.startsWith("1199");
    }

    static ValidationContext context(SubjectType type, List<Principal> others) {
        return context(type, others, false);
    }

    static ValidationContext context(SubjectType type, List<Principal> others, boolean localMobileRequired) {
        Map<String, DomainRecord> records = Map.of(
                "example-tech.cn", record("example-tech.cn", ORGANISER, true, TODAY.plusYears(1)),
                "someone-else.cn", record("someone-else.cn", "别人的公司", true, TODAY.plusYears(1)),
                "unverified.cn", record("unverified.cn", ORGANISER, false, TODAY.plusYears(1)),
                "expiring.cn", record("expiring.cn", ORGANISER, true, TODAY.plusMonths(2)));
        return new ValidationContext(
                TODAY,
                "110000",
                type,
                ORGANISER,
                others,
                WEBSITE,
                2,
                Set.of("cn", "com", "xn--fiqs8s", "top"),
                Set.of("top"),
                Set.of("UNIT_PORTAL", "BLOG", "OTHER", "ONLINE_NEWS", "ONLINE_VIDEO", "ONLINE_GAMES"),
                Set.of("NEWS", "MEDICAL"),
                records,
                Map.of("taken.cn", UUID.randomUUID(), "mine.cn", WEBSITE),
                localMobileRequired,
                ProposalValidatorTest::regionCode,
                Set.of());
    }

    static DomainRecord record(String domain, String registrant, boolean verified, LocalDate expires) {
        return new DomainRecord(domain, registrant, verified, expires, "registrar", Instant.EPOCH, 0);
    }

    // --- subject -------------------------------------------------------------------------------

    @Test
    void aValidSubjectPassesAndSoDoesTheSamePersonWithTheSameContacts() {
        ZHANG_AS_SITE_PRINCIPAL.forEach(others -> assertThat(
                        ProposalValidator.validateSubject(SUBJECT, context(SubjectType.ENTERPRISE, others))
                                .violations())
                .isEmpty());
    }

    static final List<List<Principal>> ZHANG_AS_SITE_PRINCIPAL = List.of(List.of(), List.of(ZHANG), List.of(LI));

    static Stream<Arguments> invalidSubjects() {
        return Stream.of(
                subject(
                        "organiser missing",
                        s -> s.withOrganiserName(" "),
                        "subject.organiserName",
                        "validation.required"),
                subject(
                        "credit code checksum",
                        s -> s.withCertificateNumber("91110105MA01ABCD5G"),
                        "subject.certificateNumber",
                        "value.socialCreditCode.checksum"),
                subject(
                        "city outside the province",
                        s -> s.withCityCode("310100"),
                        "subject.cityCode",
                        "validation.city.choose"),
                subject(
                        "district outside the city",
                        s -> s.withDistrictCode("110229"),
                        "subject.districtCode",
                        "validation.district.notInCity"),
                subject("address missing", s -> s.withAddress(""), "subject.address", "validation.required"),
                subject("investor missing", s -> s.withInvestor(null), "subject.investor", "validation.required"),
                subject(
                        "principal name missing",
                        s -> s.withPrincipal(s.principal().withName("")),
                        "principal.name",
                        "validation.required"),
                subject(
                        "resident ID checksum",
                        s -> s.withPrincipal(s.principal().withCertificateNumber("110105198503121235")),
                        "principal.certificateNumber",
                        "value.residentId.checksum"),
                subject(
                        "resident ID birth date",
                        s -> s.withPrincipal(s.principal().withCertificateNumber("110105198502301234")),
                        "principal.certificateNumber",
                        "value.residentId.birthDate"),
                subject(
                        "validity under 3 months",
                        s -> s.withPrincipal(s.principal().withCertificateValidTo(TODAY.plusMonths(3))),
                        "principal.certificateValidTo",
                        "validation.validity.tooShort"),
                subject(
                        "validity without end",
                        s -> s.withPrincipal(s.principal().withCertificateValidTo(null)),
                        "principal.certificateValidTo",
                        "validation.validity.endOrLongTerm"),
                subject(
                        "validity starting tomorrow",
                        s -> s.withPrincipal(s.principal().withCertificateValidFrom(TODAY.plusDays(1))),
                        "principal.certificateValidFrom",
                        "validation.validity.notYetValid"),
                subject(
                        "mobile format",
                        s -> s.withPrincipal(s.principal().withMobile("1381234567")),
                        "principal.mobile",
                        "value.mobileNumber.format"),
                subject(
                        "emergency equals mobile",
                        s -> s.withPrincipal(s.principal().withEmergencyPhone("138-1234-5678")),
                        "principal.emergencyPhone",
                        "validation.emergencyPhone.sameAsMobile"),
                subject(
                        "credit code of a region that never existed",
                        s -> s.withCertificateNumber("91119901MA01ABCD5E"),
                        "subject.certificateNumber",
                        "validation.creditCode.regionUnknown"),
                subject(
                        "principal's ID of a region that never existed",
                        s -> s.withPrincipal(s.principal().withCertificateNumber("119901198503121230")),
                        "principal.certificateNumber",
                        "validation.residentId.regionUnknown"),
                subject(
                        "email format",
                        s -> s.withPrincipal(s.principal().withEmail("zhang@")),
                        "principal.email",
                        "validation.email.format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSubjects")
    void anInvalidSubjectFailsOnItsField(String rule, SubjectDetails proposal, String fieldKey, String messageKey) {
        List<Violation> violations = ProposalValidator.validateSubject(
                        proposal, context(SubjectType.ENTERPRISE, List.of()))
                .violations();
        assertThat(violations).extracting(Violation::fieldKey).containsExactly(fieldKey);
        assertThat(violations).extracting(Violation::messageKey).containsExactly(messageKey);
        assertSaidInBothLanguages(messageKey);
    }

    @Test
    void whereTheProvinceRequiresALocalMobileAnotherProvincesMobileIsRefusedNamingWhereItIsRegistered() {
        // the filing is in Beijing (110000); 13812345678 is registered in 江苏省连云港市
        List<Violation> violations = ProposalValidator.validateSubject(
                        SUBJECT, context(SubjectType.ENTERPRISE, List.of(), true))
                .violations();
        assertThat(violations).extracting(Violation::fieldKey).containsExactly("principal.mobile");
        assertThat(violations).extracting(Violation::messageKey).containsExactly("validation.mobile.notLocal");
        assertThat(violations.get(0).arguments()).containsExactly("江苏省连云港市", "北京市");
        assertSaidInBothLanguages("validation.mobile.notLocal");
        assertThat(java.text.MessageFormat.format(
                        chinese.getProperty("validation.mobile.notLocal"),
                        violations.get(0).arguments().toArray()))
                .isEqualTo("该号码归属地为江苏省连云港市；北京市管局要求负责人手机号码归属地在北京市：请填写北京市的手机号码");
    }

    @Test
    void theRegionCodeErrorsNameTheCodeInBothLanguages() {
        assertThat(java.text.MessageFormat.format(english.getProperty("validation.residentId.regionUnknown"), "119901"))
                .isEqualTo("The ID number's first six digits, 119901, are not the code of any administrative division,"
                        + " current or former: check the number");
        assertThat(java.text.MessageFormat.format(chinese.getProperty("validation.residentId.regionUnknown"), "119901"))
                .isEqualTo("身份证号码前六位 119901 不是任何现行或曾用的行政区划代码：请核对号码");
        assertThat(java.text.MessageFormat.format(english.getProperty("validation.creditCode.regionUnknown"), "119901"))
                .startsWith("Characters 3 to 8 of the credit code, 119901, are not the code");
        assertThat(java.text.MessageFormat.format(chinese.getProperty("validation.creditCode.regionUnknown"), "119901"))
                .isEqualTo("统一社会信用代码第3至8位 119901 不是任何现行或曾用的行政区划代码：请核对代码");
    }

    @Test
    void aLocalMobileAndAMobileOfUnknownProvincePassWhereALocalMobileIsRequired() {
        SubjectDetails beijingMobile = SUBJECT.withPrincipal(ZHANG.withMobile("18612345678"));
        // 170: a virtual operator's segment; the geocoder knows only 中国, so the number is accepted
        SubjectDetails virtualOperator = SUBJECT.withPrincipal(ZHANG.withMobile("17012345678"));
        assertThat(ProposalValidator.validateSubject(beijingMobile, context(SubjectType.ENTERPRISE, List.of(), true))
                        .violations())
                .isEmpty();
        assertThat(ProposalValidator.validateSubject(virtualOperator, context(SubjectType.ENTERPRISE, List.of(), true))
                        .violations())
                .isEmpty();
        // and with the setting off, the Jiangsu number passes as before
        assertThat(ProposalValidator.validateSubject(SUBJECT, context(SubjectType.ENTERPRISE, List.of(), false))
                        .violations())
                .isEmpty();
    }

    static Stream<Arguments> contactRules() {
        Principal zhangOtherMobile = ZHANG.withMobile("13800000001");
        Principal strangerWithZhangsMobile = LI.withMobile(ZHANG.mobile()).withEmail("li@example.cn");
        Principal strangerWithZhangsEmail = LI.withEmail(ZHANG.email());
        Principal strangerWithZhangsEmergency = LI.withEmergencyPhone(ZHANG.emergencyPhone());
        return Stream.of(
                Arguments.of(
                        "same person, other mobile",
                        zhangOtherMobile,
                        "principal.mobile",
                        "validation.samePerson.mobile"),
                Arguments.of(
                        "other person, same mobile",
                        strangerWithZhangsMobile,
                        "principal.mobile",
                        "validation.otherPerson.mobile"),
                Arguments.of(
                        "other person, same email",
                        strangerWithZhangsEmail,
                        "principal.email",
                        "validation.otherPerson.email"),
                Arguments.of(
                        "other person, same emergency phone",
                        strangerWithZhangsEmergency,
                        "principal.emergencyPhone",
                        "validation.otherPerson.emergencyPhone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contactRules")
    void theSubjectAndSitePrincipalsAreTheSamePersonOrShareNothing(
            String rule, Principal sitePrincipal, String fieldKey, String messageKey) {
        List<Violation> violations = ProposalValidator.validateWebsite(
                        WEBSITE_DETAILS
                                .withPrincipal(sitePrincipal)
                                .withPreApprovalItems(List.of())
                                .withPreApprovalNone(true),
                        List.of("example-tech.cn"),
                        context(SubjectType.ENTERPRISE, List.of(ZHANG)))
                .violations();
        assertThat(violations).extracting(Violation::fieldKey).containsExactly(fieldKey);
        assertThat(violations).extracting(Violation::messageKey).containsExactly(messageKey);
        assertSaidInBothLanguages(messageKey);
    }

    // --- website -------------------------------------------------------------------------------

    @Test
    void aValidWebsitePassesAndFlagsDomainsWithoutARecord() {
        ValidationResult result = ProposalValidator.validateWebsite(
                WEBSITE_DETAILS,
                List.of("example-tech.cn", "示例科技.中国"),
                context(SubjectType.ENTERPRISE, List.of(ZHANG)));
        assertThat(result.violations()).isEmpty();
        assertThat(result.domainsNeedingCertificate()).containsExactly(java.net.IDN.toASCII("示例科技.中国"));
        assertThat(ProposalValidator.validateWebsite(
                                WEBSITE_DETAILS, List.of("mine.cn"), context(SubjectType.ENTERPRISE, List.of()))
                        .violations())
                .as("its own domain is not 'elsewhere'")
                .isEmpty();
    }

    static Stream<Arguments> invalidWebsites() {
        return Stream.of(
                website(
                        "name missing",
                        w -> w.withName(""),
                        List.of("example-tech.cn"),
                        "website.name",
                        "validation.required"),
                website(
                        "name Latin only",
                        w -> w.withName("Example Tech 2026"),
                        List.of("example-tech.cn"),
                        "website.name",
                        "validation.websiteName.latinOnly"),
                website(
                        "name starts with 中国",
                        w -> w.withName("中国示例网"),
                        List.of("example-tech.cn"),
                        "website.name",
                        "validation.websiteName.national"),
                website(
                        "no service type",
                        w -> w.withServiceTypes(List.of()),
                        List.of("example-tech.cn"),
                        "website.serviceTypes",
                        "validation.serviceTypes.choose"),
                website(
                        "six service types",
                        w -> w.withServiceTypes(
                                List.of("UNIT_PORTAL", "BLOG", "OTHER", "ONLINE_NEWS", "ONLINE_VIDEO", "ONLINE_GAMES")),
                        List.of("example-tech.cn"),
                        "website.serviceTypes",
                        "validation.serviceTypes.tooMany"),
                website(
                        "unknown service type",
                        w -> w.withServiceTypes(List.of("CASINO")),
                        List.of("example-tech.cn"),
                        "website.serviceTypes",
                        "validation.serviceTypes.unknown"),
                website(
                        "pre-approval unanswered",
                        w -> w.withPreApprovalNone(false),
                        List.of("example-tech.cn"),
                        "website.preApprovalItems",
                        "validation.preApproval.choose"),
                website(
                        "pre-approval none and items",
                        w -> w.withPreApprovalItems(List.of("NEWS")),
                        List.of("example-tech.cn"),
                        "website.preApprovalItems",
                        "validation.preApproval.noneAndItems"),
                website(
                        "comment too short",
                        w -> w.withComment("太短了"),
                        List.of("example-tech.cn"),
                        "website.comment",
                        "validation.comment.length"),
                website(
                        "comment too long",
                        w -> w.withComment("长".repeat(201)),
                        List.of("example-tech.cn"),
                        "website.comment",
                        "validation.comment.length"),
                website("no domain", w -> w, List.of(" "), "domains[0].name", "validation.domain.required"),
                website(
                        "domain syntax",
                        w -> w,
                        List.of("example-tech.cn", "exa mple.cn"),
                        "domains[1].name",
                        "value.domainName.format"),
                website(
                        "too many domains",
                        w -> w,
                        List.of("example-tech.cn", "a.cn", "b.cn"),
                        "domains",
                        "validation.domain.tooMany"),
                website(
                        "domain twice",
                        w -> w,
                        List.of("example-tech.cn", "EXAMPLE-TECH.cn"),
                        "domains[1].name",
                        "validation.domain.duplicate"),
                website(
                        "suffix not approved",
                        w -> w,
                        List.of("example.io"),
                        "domains[0].name",
                        "validation.domain.suffixNotApproved"),
                website(
                        "suffix restricted in the province",
                        w -> w,
                        List.of("example.top"),
                        "domains[0].name",
                        "validation.domain.suffixRestricted"),
                website(
                        "gov.cn for an enterprise",
                        w -> w,
                        List.of("example.gov.cn"),
                        "domains[0].name",
                        "validation.domain.governmentOnly"),
                website(
                        "filed for another website",
                        w -> w,
                        List.of("taken.cn"),
                        "domains[0].name",
                        "validation.domain.filedElsewhere"),
                website(
                        "registrant differs",
                        w -> w,
                        List.of("someone-else.cn"),
                        "domains[0].name",
                        "validation.domain.registrantMismatch"),
                website(
                        "not real-name verified",
                        w -> w,
                        List.of("unverified.cn"),
                        "domains[0].name",
                        "validation.domain.notRealNameVerified"),
                website(
                        "expires within 3 months",
                        w -> w,
                        List.of("expiring.cn"),
                        "domains[0].name",
                        "validation.domain.expiresSoon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidWebsites")
    void anInvalidWebsiteFailsOnItsField(
            String rule, WebsiteDetails proposal, List<String> domains, String fieldKey, String messageKey) {
        List<Violation> violations = ProposalValidator.validateWebsite(
                        proposal, domains, context(SubjectType.ENTERPRISE, List.of()))
                .violations();
        assertThat(violations).extracting(Violation::fieldKey).containsExactly(fieldKey);
        assertThat(violations).extracting(Violation::messageKey).containsExactly(messageKey);
        assertSaidInBothLanguages(messageKey);
    }

    @Test
    void governmentBodiesNeedGovernmentDomainsAndMayUseNationalNames() {
        ValidationContext government = context(SubjectType.GOVERNMENT_AGENCY, List.of());
        WebsiteDetails national = WEBSITE_DETAILS.withName("中国示例局网站");
        assertThat(ProposalValidator.validateWebsite(national, List.of("example.gov.cn"), government)
                        .violations())
                .isEmpty();
        assertThat(ProposalValidator.validateWebsite(national, List.of("example.cn"), government)
                        .violations())
                .extracting(Violation::messageKey)
                .containsExactly("validation.domain.governmentSuffix");
    }

    // --- fixtures ------------------------------------------------------------------------------

    static Arguments subject(String rule, UnaryOperator<SubjectDetails> change, String fieldKey, String messageKey) {
        return Arguments.of(rule, change.apply(SUBJECT), fieldKey, messageKey);
    }

    static Arguments website(
            String rule,
            UnaryOperator<WebsiteDetails> change,
            List<String> domains,
            String fieldKey,
            String messageKey) {
        return Arguments.of(rule, change.apply(WEBSITE_DETAILS), domains, fieldKey, messageKey);
    }

    static void assertSaidInBothLanguages(String messageKey) {
        assertThat(english.getProperty(messageKey))
                .as("English text of " + messageKey)
                .isNotBlank();
        assertThat(chinese.getProperty(messageKey))
                .as("Chinese text of " + messageKey)
                .isNotBlank();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
