package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.BackdropAddress;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: the reviewer sees the backdrop request as a full mailing address (division
 * names, street, recipient, phone), opens it as a label to print, and reaches the domain records
 * from the navigation; the pages pass axe and fit a 1280 px window.
 */
@PortalBrowserTest
class MailingLabelBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    BackdropRequests backdrops;

    @Autowired
    com.icpportal.account.Accounts accounts;

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
    void theBackdropIsAMailingLabel() {
        var applicant = testData.account("mail", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京邮寄标签有限公司", TestData.uniqueDomain("mail"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区邮寄路2号")
                .submitted();
        Actor wang = Actor.reviewer(
                accounts.findByUsername("reviewer.wang").orElseThrow().id());
        decisions.claim(wang, orderId);
        decisions.pass(wang, orderId, steps.version(orderId), null);
        assertThat(backdrops.request(
                        Actor.applicant(applicant.id()),
                        orderId,
                        new BackdropAddress("110000", "110100", "110105", "建国路甲10号5楼", "张伟", "13812345678", "100022")))
                .isEmpty();

        Browser.signIn(browser, port, "reviewer.wang", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        String label = browser.findElement(By.cssSelector(".mailing-label")).getText();
        assertThat(label).contains("Beijing", "Chaoyang District", "建国路甲10号5楼", "张伟", "13812345678", "100022");
        Accessibility.assertNoSeriousViolations(browser);
        assertFitsTheWindow();

        navigate(browser.findElement(By.linkText("Print the mailing label")));
        assertThat(browser.findElement(By.cssSelector(".mailing-label")).getText())
                .contains("建国路甲10号5楼");
        Accessibility.assertNoSeriousViolations(browser);

        navigate(browser.findElement(By.linkText("Domain records")));
        assertThat(browser.getCurrentUrl()).endsWith("/review/domains");
        Accessibility.assertNoSeriousViolations(browser);
        assertFitsTheWindow();
    }

    private static void assertFitsTheWindow() {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }
}
