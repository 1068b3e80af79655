package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/**
 * A subject change clicked through the real pages without JavaScript: a wrong answer is refused at
 * its field in both languages with the input kept, then corrected, checked and submitted.
 */
@PortalTest
class SubjectChangeJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    WebClient browser;
    TestAccount applicant;
    TestFiling filing;

    @BeforeEach
    void setUp() {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        applicant = testData.account("journey", Role.APPLICANT);
        filing = testData.beijingFiling(applicant, "北京旅程科技有限公司", TestData.uniqueDomain("journey"));
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void startCorrectCheckAndSubmitASubjectChange() throws Exception {
        HtmlPage home = signIn();
        HtmlPage start = home.getAnchorByText("Modify subject information").click();
        assertThat(start.getTitleText()).isEqualTo("Modify subject information");
        assertThat(start.asNormalizedText()).contains("What Beijing permits", "3 to 20 working days");

        HtmlPage order = submit(start, "Start the change");
        assertThat(order.asNormalizedText()).contains("Change of subject information", "Draft", "Not changed");

        // A required field left empty and a wrong check digit: refused at the fields, input kept.
        HtmlPage principal = order.getAnchorByText("Principal").click();
        HtmlForm form = principal.getForms().get(principal.getForms().size() - 1);
        form.getInputByName("name").setValue("");
        form.getInputByName("certificateNumber").setValue("11010519491231002Y");
        HtmlPage refused = submit(principal, "Save and continue");
        assertThat(refused.getTitleText()).isEqualTo("Error: Principal");
        assertThat(summaryLinks(refused)).containsExactly("#name", "#certificateNumber");
        assertThat(refused.asNormalizedText()).contains("There is a problem", "Enter the name");
        assertThat(fieldError(refused, "certificateNumber")).isNotBlank();
        assertThat(input(refused, "certificateNumber").getValue()).isEqualTo("11010519491231002Y");
        assertThat(input(refused, "name").getValue()).isEmpty();

        // The same mistake in Chinese.
        HtmlPage chinese = browser.getPage(refused.getUrl().toString().replaceAll("\\?.*", "") + "?lang=zh-CN");
        HtmlForm chineseForm = chinese.getForms().get(chinese.getForms().size() - 1);
        chineseForm.getInputByName("name").setValue("");
        chineseForm.getInputByName("certificateNumber").setValue("11010519491231002Y");
        HtmlPage refusedInChinese = submit(chinese, "保存并继续");
        assertThat(refusedInChinese.getTitleText()).isEqualTo("错误：负责人");
        assertThat(refusedInChinese.asNormalizedText()).contains("提交的信息有问题", "请填写名称");
        assertThat(input(refusedInChinese, "certificateNumber").getValue()).isEqualTo("11010519491231002Y");
        browser.getPage(refused.getUrl().toString().replaceAll("\\?.*", "") + "?lang=en");

        // Corrected: the principal as filed; then the address changes.
        HtmlPage fixing = browser.getPage(refused.getUrl().toString().replaceAll("\\?.*", ""));
        HtmlForm fixed = fixing.getForms().get(fixing.getForms().size() - 1);
        fixed.getInputByName("name").setValue("张三");
        fixed.getInputByName("certificateNumber").setValue("11010519491231002X");
        HtmlPage taskList = submit(fixing, "Save and continue");
        assertThat(taskList.asNormalizedText()).contains("Your answers have been saved.");

        HtmlPage subject = taskList.getAnchorByText("Subject details").click();
        HtmlForm subjectForm = subject.getForms().get(subject.getForms().size() - 1);
        subjectForm.getInputByName("address").setValue("北京市朝阳区新地址路8号");
        taskList = submit(subject, "Save and continue");
        assertThat(taskList.asNormalizedText()).contains("Changed");

        assertThat(taskList.asNormalizedText()).contains("Documents missing");
        HtmlPage documents = taskList.getAnchorByText("Documents").click();
        for (String kind : List.of("ID_CARD_FRONT", "ID_CARD_BACK", "BUSINESS_LICENCE", "AUTHENTICITY_COMMITMENT")) {
            HtmlFileInput file = (HtmlFileInput) documents.getElementById("file-" + kind);
            boolean image = kind.startsWith("ID_CARD");
            java.nio.file.Path upload = java.nio.file.Files.createTempFile("upload-", image ? ".png" : ".pdf");
            java.nio.file.Files.write(upload, image ? TestFilesForUpload.png(800, 800) : TestFilesForUpload.pdf());
            file.setFiles(upload.toFile());
            documents = (HtmlPage) ((HtmlForm) file.getEnclosingForm())
                    .getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertThat(documents.asNormalizedText()).contains("The document has been uploaded.");
        }
        assertThat(documents.asNormalizedText()).doesNotContain("Missing");
        taskList = documents.getAnchorByText("Back to the task list").click();
        assertThat(taskList.asNormalizedText()).contains("Completed", "Ready");

        HtmlPage check =
                taskList.getAnchorByText("Check your answers and submit").click();
        assertThat(check.asNormalizedText()).contains("测试路1号", "北京市朝阳区新地址路8号", "Changed");
        HtmlPage confirmation = submit(check, "Submit the change");
        assertThat(confirmation.getTitleText()).isEqualTo("Change submitted");
        String reference = jdbc.queryForObject(
                "select reference from change_order where subject_id = ?", String.class, filing.id());
        assertThat(confirmation.asNormalizedText())
                .contains(reference, "Keep the principal's phone answered", "(China time)");

        assertThat(jdbc.queryForObject(
                        "select state from change_order where subject_id = ?", String.class, filing.id()))
                .isEqualTo("PROVIDER_REVIEW");
        assertThat(jdbc.queryForObject("select address from filing_subject where id = ?", String.class, filing.id()))
                .as("the filing changes only when the administration approves")
                .isEqualTo("测试路1号");

        HtmlPage after = browser.getPage("http://localhost/filings");
        String section = after.getElementById("subject-" + filing.id()).asNormalizedText();
        assertThat(section)
                .contains(
                        reference,
                        "In provider review",
                        "The subject information cannot be modified now",
                        "Order " + reference + " is still open")
                .doesNotContain("Modify subject information");
    }

    private HtmlPage signIn() throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().get(login.getForms().size() - 1);
        form.getInputByName("username").setValue(applicant.username());
        form.getInputByName("password").setValue(TestData.PASSWORD);
        return submit(login, "Sign in");
    }

    static HtmlPage submit(HtmlPage page, String buttonText) throws Exception {
        return page.getByXPath("//button[normalize-space()='" + buttonText + "']").stream()
                .map(button -> (org.htmlunit.html.HtmlButton) button)
                .findFirst()
                .orElseThrow()
                .click();
    }

    static List<String> summaryLinks(HtmlPage page) {
        return page.<HtmlAnchor>getByXPath("//div[contains(@class,'error-summary')]//a").stream()
                .map(HtmlAnchor::getHrefAttribute)
                .toList();
    }

    static HtmlInput input(HtmlPage page, String id) {
        return (HtmlInput) page.getElementById(id);
    }

    static String fieldError(HtmlPage page, String id) {
        return page.getElementById(id + "-error").asNormalizedText();
    }
}
