package com.icpportal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.account.Role;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Filings;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectRegistration;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;

/**
 * Creates accounts and filings with unique names and numbers, so tests sharing one database never
 * see each other's rows, and uploads the files an order needs. {@link OrderSteps} takes orders
 * through their states.
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final Accounts accounts;
    private final Filings filings;
    private final com.icpportal.changeorder.ChangeOrders changeOrders;
    private final com.icpportal.document.Documents documents;
    private final com.icpportal.account.SecondFactors secondFactors;

    TestData(
            com.icpportal.account.SecondFactors secondFactors,
            Accounts accounts,
            Filings filings,
            com.icpportal.changeorder.ChangeOrders changeOrders,
            com.icpportal.document.Documents documents) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.filings = filings;
        this.changeOrders = changeOrders;
        this.documents = documents;
    }

    /** Uploads a verification photo large enough for the minimum resolution. */
    public void attachVerificationPhoto(UUID applicantId, UUID orderId) {
        var order = changeOrders.findForApplicant(applicantId, orderId);
        var outcome = documents.upload(new com.icpportal.document.Upload(
                applicantId,
                order.subjectId(),
                orderId.toString(),
                com.icpportal.document.DocumentKind.VERIFICATION_PHOTO,
                "photo.png",
                "image/png",
                new java.io.ByteArrayInputStream(TestFilesForUpload.png(800, 1000))));
        if (!(outcome instanceof com.icpportal.document.UploadOutcome.Stored)) {
            throw new IllegalStateException("test photo refused: " + outcome);
        }
    }

    /** Uploads a valid file for every document the order needs now (images for ID cards, PDFs for letters). */
    public void attachRequiredDocuments(UUID applicantId, UUID orderId) {
        var overview = changeOrders.overview(applicantId, orderId);
        for (var status : overview.documents()) {
            var kind = status.required().kind();
            boolean image = !kind.accepts(com.icpportal.document.FileKind.PDF);
            byte[] content = image ? TestFilesForUpload.png(800, 800) : TestFilesForUpload.pdf();
            var outcome = documents.upload(new com.icpportal.document.Upload(
                    applicantId,
                    overview.order().subjectId(),
                    orderId.toString(),
                    kind,
                    kind.name().toLowerCase() + (image ? ".png" : ".pdf"),
                    image ? "image/png" : "application/pdf",
                    new java.io.ByteArrayInputStream(content)));
            if (!(outcome instanceof com.icpportal.document.UploadOutcome.Stored)) {
                throw new IllegalStateException("test upload refused: " + outcome);
            }
        }
    }

    /**
     * An account with a unique username ({@code prefix-N}) and the test password; a reviewer or admin
     * also with the second factor {@link SecondFactorCodes#SECRET}, as every staff member has one.
     */
    public TestAccount account(String prefix, Role... roles) {
        TestAccount account = accountWithoutSecondFactor(prefix, roles);
        if (Set.of(roles).contains(Role.REVIEWER) || Set.of(roles).contains(Role.ADMIN)) {
            secondFactors.enrolKnownSecret(account.id(), SecondFactorCodes.SECRET);
        }
        return account;
    }

    /** An account as it was before second factors came in: staff must enrol at their next sign-in. */
    public TestAccount accountWithoutSecondFactor(String prefix, Role... roles) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        UUID id = accounts.create(new NewAccount(
                username, "Test " + username, username + "@example.test", PASSWORD, Set.of(roles), null));
        return new TestAccount(id, username);
    }

    /** A Beijing enterprise filing with one website per domain given, owned by the account. */
    public TestFiling beijingFiling(TestAccount owner, String organiser, String... domains) {
        return filing(owner, "110000", "京", "110100", "110105", organiser, domains);
    }

    /** An enterprise filing in any province and city, with one website per domain given. */
    public TestFiling filing(
            TestAccount owner,
            String provinceCode,
            String prefix,
            String cityCode,
            String districtCode,
            String organiser,
            String... domains) {
        String icpNumber = prefix + "ICP备" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000) + "号";
        Principal principal = new Principal(
                "张三",
                CertificateType.RESIDENT_ID,
                "11010519491231002X",
                LocalDate.of(2015, 1, 1),
                null,
                true,
                "13800138000",
                "13900139000",
                "zhang@example.test");
        SubjectDetails subject = new SubjectDetails(
                SubjectType.ENTERPRISE,
                organiser,
                CertificateType.USCC,
                "91110105MA01ABCD5F",
                cityCode,
                districtCode,
                "测试路1号",
                "张三",
                principal);
        List<SubjectRegistration.WebsiteRegistration> websites = java.util.Arrays.stream(domains)
                .map(domain -> new SubjectRegistration.WebsiteRegistration(
                        new WebsiteDetails(
                                "网站 " + domain,
                                principal,
                                List.of("UNIT_PORTAL"),
                                List.of(),
                                true,
                                "测试网站，仅用于自动化测试，不对外提供服务。"),
                        List.of(domain)))
                .toList();
        UUID id = filings.register(new SubjectRegistration(icpNumber, provinceCode, owner.id(), subject, websites));
        return new TestFiling(id, icpNumber);
    }

    /** A domain name no other test uses. */
    public static String uniqueDomain(String label) {
        return label + "-" + SEQUENCE.incrementAndGet() + ".cn";
    }

    public record TestAccount(UUID id, String username) {}

    public record TestFiling(UUID id, String icpNumber) {}
}
