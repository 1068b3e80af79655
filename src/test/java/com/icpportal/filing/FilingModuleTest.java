package com.icpportal.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.account.Role;
import com.icpportal.shared.NotFoundException;
import com.icpportal.support.ModuleTest;

/**
 * The filing module with only the modules it uses (accounts for owners, provinces for their ICP
 * number prefixes): a filing registered is its owner's, its domain kept in ASCII and shown in
 * Unicode.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class FilingModuleTest {

    final Filings filings;
    final Accounts accounts;

    FilingModuleTest(Filings filings, Accounts accounts) {
        this.filings = filings;
        this.accounts = accounts;
    }

    @Test
    void aRegisteredFilingIsFoundAmongItsOwnersWithItsDomain() {
        String unique = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID owner = accounts.create(new NewAccount(
                "module-owner-" + unique,
                "Module Owner",
                "module-owner-" + unique + "@example.test",
                "correct horse battery staple",
                Set.of(Role.APPLICANT),
                null));
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
        String domain = "模块" + unique + ".中国";
        UUID subjectId = filings.register(new SubjectRegistration(
                "京ICP备" + unique + "号",
                "110000",
                owner,
                new SubjectDetails(
                        SubjectType.ENTERPRISE,
                        "北京模块测试有限公司",
                        CertificateType.USCC,
                        "91110105MA01ABCD5F",
                        "110100",
                        "110105",
                        "模块路1号",
                        "张三",
                        principal),
                List.of(new SubjectRegistration.WebsiteRegistration(
                        new WebsiteDetails(
                                "模块测试网站", principal, List.of("UNIT_PORTAL"), List.of(), true, "模块测试网站，仅用于自动化测试。"),
                        List.of(domain)))));

        assertThat(filings.subjectsOwnedBy(owner)).singleElement().satisfies(subject -> {
            assertThat(subject.id()).isEqualTo(subjectId);
            assertThat(subject.icpNumber()).isEqualTo("京ICP备" + unique + "号");
            assertThat(subject.websites()).singleElement().satisfies(website -> {
                assertThat(website.icpNumber()).isEqualTo("京ICP备" + unique + "号-1");
                assertThat(website.domains()).containsExactly(domain);
            });
        });
        assertThat(filings.websitesOfDomains(List.of(java.net.IDN.toASCII(domain))))
                .containsOnlyKeys(java.net.IDN.toASCII(domain));
    }

    /**
     * What pages read is what was filed, field by field: both principals, the arrays, the websites in
     * ICP number order and each one's domains in the order filed (an internationalised one shown in
     * Unicode, an ASCII one as it is), an order in process elsewhere, a cancellation; and the
     * owner's pages, names and "not found" for others.
     */
    @Test
    void pagesReadEveryFiledValueBack() {
        String unique = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID owner = owner("reads-owner-" + unique);
        UUID stranger = owner("reads-stranger-" + unique);
        Principal subjectPrincipal = new Principal(
                "李四",
                CertificateType.RESIDENT_ID,
                "11010519491231002X",
                LocalDate.of(2016, 2, 3),
                LocalDate.of(2036, 2, 3),
                false,
                "13800138001",
                "010-12345678",
                "li@example.test");
        Principal websitePrincipal = new Principal(
                "王五",
                CertificateType.PASSPORT,
                "E12345678",
                LocalDate.of(2020, 5, 6),
                null,
                true,
                "13900139002",
                "13900139003",
                "wang@example.test");
        SubjectDetails details = new SubjectDetails(
                SubjectType.ENTERPRISE,
                "北京读取测试有限公司",
                CertificateType.USCC,
                "91110105MA01ABCD5F",
                "110100",
                null,
                "读取路2号",
                "李四",
                subjectPrincipal);
        WebsiteDetails first =
                new WebsiteDetails("第一网站", websitePrincipal, List.of("UNIT_PORTAL"), List.of(), true, null);
        WebsiteDetails second = new WebsiteDetails(
                "第二网站", subjectPrincipal, List.of("UNIT_PORTAL", "ONLINE_SHOPPING"), List.of("NEWS"), false, "说明");
        String idn = "读取" + unique + ".中国";
        String ascii = "reads-" + unique + ".example.cn";
        String later = "a-reads-" + unique + ".example.cn";
        String number = "京ICP备" + unique + "号";
        UUID subjectId = filings.register(new SubjectRegistration(
                number,
                "110000",
                owner,
                details,
                List.of(
                        new SubjectRegistration.WebsiteRegistration(second, List.of(ascii, idn), number + "-2"),
                        new SubjectRegistration.WebsiteRegistration(first, List.of(later), number + "-1"))));

        FiledSubject read = filings.subject(subjectId);
        assertThat(read.id()).isEqualTo(subjectId);
        assertThat(read.icpNumber()).isEqualTo(number);
        assertThat(read.provinceCode()).isEqualTo("110000");
        assertThat(read.status()).isEqualTo(FilingStatus.ACTIVE);
        assertThat(read.cancelledOn()).isNull();
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.orderInProcess()).isNull();
        assertThat(read.websites())
                .extracting(FiledWebsite::icpNumber, FiledWebsite::status, FiledWebsite::details, FiledWebsite::domains)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(number + "-1", FilingStatus.ACTIVE, first, List.of(later)),
                        org.assertj.core.groups.Tuple.tuple(
                                number + "-2", FilingStatus.ACTIVE, second, List.of(ascii, idn)));
        assertThat(filings.subjectOwnedBy(owner, subjectId)).isEqualTo(read);
        assertThat(filings.subjectsOwnedBy(owner)).containsExactly(read);
        assertThat(filings.subjectsOwnedBy(owner, null, 5)).containsExactly(read);
        assertThat(filings.subjectsOwnedBy(owner, number, 5)).isEmpty();
        assertThat(filings.subjectNames(List.of(subjectId, UUID.randomUUID())))
                .containsOnly(java.util.Map.entry(subjectId, new SubjectName(subjectId, number, "北京读取测试有限公司")));
        assertThatThrownBy(() -> filings.subjectOwnedBy(stranger, subjectId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> filings.subject(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(filings.subjectsOwnedBy(stranger)).isEmpty();

        OrderInProcessElsewhere elsewhere =
                new OrderInProcessElsewhere(OtherOrderType.ACCESS_CHANGE, "MAIN-" + unique, LocalDate.of(2026, 11, 2));
        filings.recordOrderInProcess(subjectId, elsewhere);
        filings.cancel(subjectId, LocalDate.of(2026, 11, 30));
        FiledSubject cancelled = filings.subject(subjectId);
        assertThat(cancelled.orderInProcess()).isEqualTo(elsewhere);
        assertThat(cancelled.status()).isEqualTo(FilingStatus.CANCELLED);
        assertThat(cancelled.cancelledOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(cancelled.version()).isGreaterThan(read.version());
    }

    private UUID owner(String username) {
        return accounts.create(new NewAccount(
                username,
                "Reads Owner",
                username + "@example.test",
                "correct horse battery staple",
                Set.of(Role.APPLICANT),
                null));
    }
}
