package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestFilesForUpload;

/**
 * In real Chromium: a reviewer returns the signed authenticity commitment; the applicant finds the
 * reason on the order page and in the document's card ("Needs correcting", not "Uploaded"), uploads a
 * new one, sees it marked replaced, resubmits without being asked why; "Your orders" lists the
 * order and a finished (withdrawn) one.
 */
@PortalBrowserTest
class ReturnedDocumentBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    OrderSteps steps;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReturnedCommitmentIsShownWhereItIsReplacedAndTheOrderListsShowIt() throws Exception {
        var applicant = testData.account("returned-doc", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        var filing = testData.beijingFiling(applicant, "北京退回材料有限公司", TestData.uniqueDomain("returned-doc"));
        UUID withdrawn = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        changeOrders.withdraw(actor, withdrawn, steps.version(withdrawn), null);
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区退回路1号")
                .submitted();
        Actor reviewer =
                Actor.reviewer(testData.account("reviewer", Role.REVIEWER).id());
        decisions.claim(reviewer, orderId);
        decisions.returnForCorrection(
                reviewer,
                orderId,
                steps.version(orderId),
                List.of(new Reason("document:AUTHENTICITY_COMMITMENT", "承诺书未签字", "请签字后重新上传")),
                null);

        signIn(applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + orderId);
        assertThat(main()).contains("承诺书未签字", "Needs correcting", "Corrections outstanding");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.linkText("承诺书未签字")));
        WebElement card = browser.findElement(By.id("document-AUTHENTICITY_COMMITMENT"));
        assertThat(card.getText())
                .contains("承诺书未签字", "请签字后重新上传", "Needs correcting")
                .doesNotContain("Uploaded\n");
        Accessibility.assertNoSeriousViolations(browser);

        Path signed = Files.createTempFile("signed-commitment", ".pdf");
        Files.write(signed, TestFilesForUpload.pdf());
        card.findElement(By.id("file-AUTHENTICITY_COMMITMENT")).sendKeys(signed.toString());
        navigate(card.findElement(By.cssSelector("form.upload button[type=submit]")));
        assertThat(browser.findElement(By.id("document-AUTHENTICITY_COMMITMENT"))
                        .getText())
                .contains("Replaced since the return", "A new document has been attached");
        Files.deleteIfExists(signed);

        browser.get("http://localhost:" + port + "/orders/" + orderId);
        assertThat(main()).contains("Changed since the return").doesNotContain("Corrections outstanding");
        navigate(browser.findElement(By.linkText("Check your answers and submit")));
        assertThat(main()).contains("What you were asked to correct", "Changed since the return");
        assertThat(browser.findElements(By.id("unchanged"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.xpath("//button[normalize-space()='Submit the corrected change']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change submitted");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);

        browser.get("http://localhost:" + port + "/filings");
        navigate(browser.findElement(By.id("your-orders-link")));
        assertThat(browser.findElement(By.id("orders-open")).getText())
                .contains(decisions.find(orderId).reference(), "In provider review");
        assertThat(browser.findElement(By.id("orders-finished")).getText())
                .contains(decisions.find(withdrawn).reference(), "Withdrawn on");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, port, username, password);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
