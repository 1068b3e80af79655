package com.icpportal.filing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import com.icpportal.account.Role;
import com.icpportal.filing.FilingAdminEvents;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Importing filings from CSV: every value checked, all or nothing, a report by row and column. */
@PortalTest
@RecordApplicationEvents
class FilingImportPageTest {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 10_000_000L);
    private static final String HEADER =
            "province_code,subject_icp_number,subject_type,organiser_name,certificate_type,"
                    + "certificate_number,city_code,district_code,address,investor,principal_name,principal_certificate_type,"
                    + "principal_certificate_number,principal_valid_from,principal_valid_to,principal_mobile,"
                    + "principal_emergency_phone,principal_email,website_icp_number,website_name,website_domains,service_types,"
                    + "pre_approval_items,website_comment,owner_username";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    MockHttpSession admin;
    TestAccount applicant;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.signIn(
                mvc, testData.account("import-admin", Role.ADMIN).username());
        applicant = testData.account("import-owner", Role.APPLICANT);
    }

    @Test
    void aWrongCreditCodeChecksumOnRow7ImportsNothingAndReportsRow7() throws Exception {
        List<String> numbers = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 1; row <= 8; row++) {
            String number = "京ICP备" + serial() + "号";
            numbers.add(number);
            String creditCode = row == 7 ? "91110105MA01ABCD5G" : "91110105MA01ABCD5F";
            csv.append(row(number, creditCode, TestData.uniqueDomain("import-row"), applicant.username()))
                    .append('\n');
        }
        mvc.perform(upload("filings-with-a-typo.csv", csv.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Import filings</title>")))
                .andExpect(content().string(containsString("Nothing was imported: the file has 1 problems")))
                .andExpect(content().string(containsString("filings-with-a-typo.csv")))
                .andExpect(content().string(containsString("<td class=\"numeric\">7</td>")))
                .andExpect(content().string(containsString("<td>certificate_number</td>")))
                .andExpect(content().string(containsString("This unified social credit code is not valid")));
        for (String number : numbers) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from filing_subject where icp_number = ?", Integer.class, number))
                    .isZero();
        }
        assertThat(events.stream(FilingAdminEvents.FilingImported.class)).isEmpty();

        mvc.perform(upload("filings-with-a-typo.csv", csv.toString()).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("统一社会信用代码有误")));
    }

    @Test
    void everyWrongValueIsReportedWithItsRowAndColumn() throws Exception {
        String number = "京ICP备" + serial() + "号";
        String domain = TestData.uniqueDomain("import-twice");
        String csv = HEADER + "\n"
                + row(number, "91110105MA01ABCD5F", domain, applicant.username()) + "\n"
                + row("沪ICP备" + serial() + "号", "91110105MA01ABCD5F", domain, "nobody-" + serial()) + "\n";
        mvc.perform(upload("two.csv", csv))
                .andExpect(content().string(containsString("The prefix 沪 does not belong to the province")))
                .andExpect(content().string(containsString(domain + " also appears on row 1")))
                .andExpect(content().string(containsString("There is no account with the username")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from filing_subject where icp_number = ?", Integer.class, number))
                .isZero();

        mvc.perform(upload("short.csv", "province_code,subject_icp_number\n110000,x\n"))
                .andExpect(
                        content().string(containsString("The header lacks the column &quot;certificate_number&quot;")));
    }

    @Test
    void aValidImportMakesTheFilingsVisibleToTheirApplicant() throws Exception {
        String beijing = serial();
        String shanghai = serial();
        String label = "imp" + serial();
        String csv = Files.readString(Path.of("src/test/resources/import/filings-sample.csv"), StandardCharsets.UTF_8)
                .replace("2026900001", beijing)
                .replace("2026900002", shanghai)
                .replace("sample-import", label)
                .replace("示例导入", "示例" + label)
                .replace("applicant.beijing", applicant.username());

        mvc.perform(upload("filings-sample.csv", csv))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/filings"));

        assertThat(jdbc.queryForList(
                        "select w.icp_number from filing_website w join filing_subject s on s.id = w.subject_id "
                                + "where s.owner_id = ? order by w.icp_number",
                        String.class,
                        applicant.id()))
                .containsExactly("京ICP备" + beijing + "号-1", "京ICP备" + beijing + "号-2");
        assertThat(jdbc.queryForObject(
                        "select owner_id is null from filing_subject where icp_number = ?",
                        Boolean.class,
                        "沪ICP备" + shanghai + "号"))
                .isTrue();
        assertThat(events.stream(FilingAdminEvents.FilingImported.class)).hasSize(2);

        MockHttpSession owner = Sessions.signIn(mvc, applicant.username());
        mvc.perform(get("/filings").session(owner))
                .andExpect(content().string(containsString("京ICP备" + beijing + "号")))
                .andExpect(content().string(containsString("示例" + label + ".中国")))
                .andExpect(content().string(containsString("样例导入博客")));

        // the same file again: every subject is already filed, nothing is imported twice
        mvc.perform(upload("filings-sample.csv", csv))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already filed in the portal")));
    }

    @Test
    void onlyAdminsImport() throws Exception {
        MockHttpSession reviewer = Sessions.signIn(
                mvc, testData.account("import-reviewer", Role.REVIEWER).username());
        mvc.perform(get("/admin/filings/import").session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/filings").session(reviewer)).andExpect(status().isForbidden());
    }

    private static String row(String icpNumber, String creditCode, String domain, String owner) {
        return String.join(
                ",",
                "110000",
                icpNumber,
                "ENTERPRISE",
                "北京导入测试有限公司",
                "USCC",
                creditCode,
                "110100",
                "110105",
                "北京市朝阳区测试路1号",
                "北京导入测试有限公司",
                "张三",
                "RESIDENT_ID",
                "11010519491231002X",
                "2015-01-01",
                "",
                "13800138000",
                "13900139000",
                "zhang@example.test",
                icpNumber + "-1",
                "导入测试网站",
                domain,
                "UNIT_PORTAL",
                "",
                "",
                owner);
    }

    private static String serial() {
        return "20" + String.format("%08d", SERIAL.incrementAndGet() % 100_000_000L);
    }

    /** Posts to the import form's own action, with the CSRF token of its hidden field. */
    private MockMultipartHttpServletRequestBuilder upload(String name, String text) throws Exception {
        String html = mvc.perform(get("/admin/filings/import").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher action = Pattern.compile(
                        "action=\"(/admin/filings/import)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(action.find())
                .as("the import form, its CSRF token a hidden field and not in its URL")
                .isTrue();
        MockMultipartHttpServletRequestBuilder request = multipart(URI.create(HtmlUtils.htmlUnescape(action.group(1))));
        request.param("_csrf", HtmlUtils.htmlUnescape(action.group(2)));
        request.file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                .session(admin);
        return request;
    }
}
