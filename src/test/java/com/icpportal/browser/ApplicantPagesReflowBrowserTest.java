package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.filing.Filings;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;

/**
 * WCAG 1.4.10 (reflow) for the applicant pages this branch added: at 320 and 1280 CSS pixels no
 * page scrolls sideways, and axe finds nothing. (The older pages with wide tables, home and check
 * answers, still need their stacked-row styles: not covered here yet.)
 */
@PortalServerTest
class ApplicantPagesReflowBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

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
    void theNewApplicantPagesReflowAt320AndAt1280() {
        var applicant = testData.account("reflow", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        String domain = TestData.uniqueDomain("reflow");
        var filing = testData.beijingFiling(applicant, "北京重排测试有限公司", domain);
        UUID withdrawn = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        changeOrders.withdraw(actor, withdrawn, steps.version(withdrawn), null);
        var website = filings.subject(filing.id()).websites().get(0);
        filings.applyApprovedWebsiteChange(
                website.id(),
                website.details().withName("重排网站"),
                List.of(TestData.uniqueDomain("reflow-new")),
                "CO-REFLOW",
                Instant.now());
        UUID open = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区重排路1号")
                .submitted();

        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);

        List<String> pages = List.of(
                "/orders", "/filings/refile", "/filings/subjects/" + filing.id() + "/history", "/orders/" + open);
        for (int width : new int[] {320, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get("http://localhost:" + port + page);
                WebElement main = browser.findElement(By.tagName("main"));
                assertThat(main.isDisplayed()).isTrue();
                long scrollWidth = (Long)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                long viewport = (Long)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
                // the window really is that narrow (a browser minimum would make the check vacuous)
                assertThat(viewport).isLessThanOrEqualTo(width);
                assertThat(scrollWidth)
                        .as("%s at %d px scrolls sideways", page, width)
                        .isLessThanOrEqualTo(viewport);
                Accessibility.assertNoSeriousViolations(browser);
            }
        }
    }
}
