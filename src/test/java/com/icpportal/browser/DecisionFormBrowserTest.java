package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Section;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium, the decision form as a reviewer types into it: ENTER in a reason or the note
 * decides nothing, the conditional reasons appear for a return, and a return without a reason
 * comes back with the typed text kept and the focus on the field to fill.
 */
@PortalBrowserTest
class DecisionFormBrowserTest {

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
    Filings filings;

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
    void enterDecidesNothingAndAMissingReasonIsShownAtItsField() {
        UUID orderId = submittedOrder();
        signIn("reviewer.wang", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        navigate(button("Assign to me"));

        // The reasons are revealed for a return or a rejection only.
        assertThat(browser.findElement(By.id("decision-reasons")).isDisplayed()).isFalse();
        browser.findElement(By.id("decision-return")).click();
        assertThat(browser.findElement(By.id("decision-reasons")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser);

        new Select(browser.findElement(By.id("reason0-field"))).selectByValue("subject.address");
        WebElement problem = browser.findElement(By.id("reason0-problem"));
        problem.sendKeys("地址未写到门牌号" + Keys.ENTER);
        browser.findElement(By.id("note")).sendKeys("已电话核实" + Keys.ENTER);
        // Still the case page, the text still there, nothing decided.
        assertThat(browser.findElement(By.id("reason0-problem")).getAttribute("value"))
                .startsWith("地址未写到门牌号");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);

        // ENTER on the chosen "Pass" radio goes at most to the check step.
        WebElement pass = browser.findElement(By.id("decision-pass"));
        pass.click();
        WebElement before = browser.findElement(By.tagName("html"));
        pass.sendKeys(Keys.ENTER);
        // the form is submitted (implicit submission): let its answer load before asking for another
        // page, or a late answer to the POST could replace the case page asked for below
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(current -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(current ->
                        "complete".equals(((JavascriptExecutor) current).executeScript("return document.readyState")));
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);

        // A return without a reason: the note is kept, the focus is on the problem to describe.
        browser.findElement(By.id("decision-return")).click();
        browser.findElement(By.id("note")).sendKeys("申请人要求退回");
        navigate(button("Continue"));
        assertThat(browser.getTitle()).startsWith("Error");
        assertThat(browser.findElement(By.id("reason0-problem-error")).getText())
                .contains("A return or rejection needs at least one reason");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reason0-problem");
        assertThat(browser.findElement(By.id("note")).getAttribute("value")).isEqualTo("申请人要求退回");
        assertThat(browser.findElement(By.id("decision-reasons")).isDisplayed()).isTrue();
        Accessibility.assertNoSeriousViolations(browser);
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
    }

    private UUID submittedOrder() {
        var applicant = testData.account("enter", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京回车测试有限公司", TestData.uniqueDomain("enter"));
        Actor actor = Actor.applicant(applicant.id());
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        SubjectDetails current = filings.subject(filing.id()).details();
        changeOrders.saveSubject(actor, orderId, 0, current.withAddress("北京市朝阳区回车路1号"), Section.SUBJECT);
        testData.attachRequiredDocuments(applicant.id(), orderId);
        changeOrders.submit(
                actor,
                orderId,
                changeOrders.findForApplicant(applicant.id(), orderId).version());
        return orderId;
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, port, username, password);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }
}
