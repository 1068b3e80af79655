package com.icpportal.filing;

import static org.assertj.core.api.Assertions.assertThat;

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
}
