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

import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: a reviewer claims an order and returns it with a reason about one field; the
 * applicant sees the reason beside that field, corrects it and resubmits; the reviewer passes it.
 */
@PortalBrowserTest
class ReviewReturnBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    Accounts accounts;

    @Autowired
    OrderSteps steps;

    @Autowired
    ProviderDecisions decisions;

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
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区审核路1号")
                .submitted();
        String reference = decisions.find(orderId).reference();

        Browser.signIn(browser, port, "reviewer.wang", "icp-demo-2026");
        navigate(browser.findElement(By.linkText(reference)));
        assertThat(heading()).isEqualTo("Order " + reference);
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Assign to me"));
        browser.findElement(By.id("decision-return")).click();
        new Select(browser.findElement(By.id("reason0-field"))).selectByValue("subject.address");
        browser.findElement(By.id("reason0-problem")).sendKeys("地址未写到门牌号");
        browser.findElement(By.id("reason0-suggestion")).sendKeys("请补充楼号和门牌号");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Continue"));
        assertThat(main()).contains("Check your decision on " + reference, "地址未写到门牌号");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Confirm and return"));
        assertThat(main()).contains("The decision has been recorded.", "Returned for correction");
        Browser.signOut(browser);

        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
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
        Browser.signOut(browser);

        Browser.signIn(browser, port, "reviewer.wang", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        assertThat(main()).contains("北京市朝阳区审核路1号2号楼301室");
        browser.findElement(By.id("decision-pass")).click();
        navigate(button("Continue"));
        navigate(button("Confirm and pass"));
        assertThat(main()).contains("The decision has been recorded.");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.VERIFICATION);
        Browser.signOut(browser);
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
