package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderDecisions;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Section;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: a reviewer claims an order and returns it with a reason about one field; the
 * applicant sees the reason beside that field, corrects it and resubmits; the reviewer passes it.
 */
@PortalServerTest
@TestPropertySource(properties = "portal.demo-data=true")
class ReviewReturnBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    com.icpportal.support.SecondFactorCodes secondFactorCodes;

    @Autowired
    TestData testData;

    @Autowired
    Accounts accounts;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ChangeOrderDecisions decisions;

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
    void returnCorrectResubmitPass() {
        var applicant = testData.account("returned", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京浏览器审核有限公司", TestData.uniqueDomain("review"));
        Actor actor = Actor.applicant(applicant.id());
        UUID orderId = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        SubjectDetails current = filings.subject(filing.id()).details();
        changeOrders.saveSubject(
                actor,
                orderId,
                0,
                new SubjectDetails(
                        current.subjectType(),
                        current.organiserName(),
                        current.certificateType(),
                        current.certificateNumber(),
                        current.cityCode(),
                        current.districtCode(),
                        "北京市朝阳区审核路1号",
                        current.investor(),
                        current.principal()),
                Section.SUBJECT);
        testData.attachRequiredDocuments(applicant.id(), orderId);
        String reference = changeOrders
                .submit(
                        actor,
                        orderId,
                        changeOrders.findForApplicant(applicant.id(), orderId).version())
                .reference();

        signIn("reviewer.wang", "icp-demo-2026");
        navigate(browser.findElement(By.linkText(reference)));
        assertThat(heading()).isEqualTo("Order " + reference);
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Assign to me"));
        new Select(browser.findElement(By.id("reason0-field"))).selectByValue("subject.address");
        browser.findElement(By.id("reason0-problem")).sendKeys("地址未写到门牌号");
        browser.findElement(By.id("reason0-suggestion")).sendKeys("请补充楼号和门牌号");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Return for correction"));
        assertThat(main()).contains("The decision has been recorded.", "Returned for correction");
        signOut();

        signIn(applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + orderId);
        assertThat(main()).contains("The reviewer asks you to correct these", "地址未写到门牌号");
        navigate(browser.findElement(By.linkText("Subject details")));
        assertThat(browser.findElement(By.id("address-reason")).getText()).contains("地址未写到门牌号", "请补充楼号和门牌号");
        Accessibility.assertNoSeriousViolations(browser);
        WebElement address = browser.findElement(By.id("address"));
        address.clear();
        address.sendKeys("北京市朝阳区审核路1号2号楼301室");
        navigate(button("Save and continue"));
        navigate(browser.findElement(By.linkText("Check your answers and submit")));
        navigate(button("Submit the corrected change"));
        assertThat(heading()).isEqualTo("Change submitted");
        signOut();

        signIn("reviewer.wang", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        assertThat(main()).contains("北京市朝阳区审核路1号2号楼301室");
        navigate(button("Pass"));
        assertThat(main()).contains("The decision has been recorded.");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION);
        signOut();
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        navigate(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        secondFactorCodes.complete(browser, username);
    }

    private void signOut() {
        navigate(browser.findElement(By.cssSelector(".user-menu__logout button")));
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }
}
