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
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * WCAG 1.4.10 (reflow) for the applicant pages: at 320 and 1280 CSS pixels no page scrolls
 * sideways (sign-in, home, the orders, a filing's history, an order, check answers), tables of
 * records become stacked rows of a sensible height on a phone, and axe finds nothing serious.
 */
@PortalBrowserTest
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

        // a website change in draft of a second subject: its check answers page
        var second = testData.beijingFiling(applicant, "北京重排第二有限公司", TestData.uniqueDomain("reflow-second"));
        UUID draft = changeOrders.start(
                actor,
                second.id(),
                ChangeType.WEBSITE_CHANGE,
                filings.subject(second.id()).websites().get(0).id());

        for (int width : new int[] {320, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get("http://localhost:" + port + "/login");
            assertReflows("/login", width);
        }

        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);

        List<String> pages = List.of(
                "/filings",
                "/orders",
                "/filings/refile",
                "/filings/subjects/" + filing.id() + "/history",
                "/orders/" + open,
                "/orders/" + draft + "/check");
        for (int width : new int[] {320, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get("http://localhost:" + port + page);
                assertReflows(page, width);
            }
            browser.get("http://localhost:" + port + "/filings");
            List<WebElement> rows = browser.findElements(By.cssSelector(".table--stacked tbody tr"));
            assertThat(rows).as("website rows on home").isNotEmpty();
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.cssSelector("td, th"));
                String described = String.format(
                        "a website row on home at %d px (cells %s): %s",
                        width,
                        cells.stream()
                                .map(cell -> cell.getRect().getWidth() + "x"
                                        + cell.getRect().getHeight())
                                .toList(),
                        row.getText());
                assertThat(row.getRect().getWidth()).as(described).isLessThanOrEqualTo(width);
                if (width == 320) {
                    // stacked: each cell a line of the row's full width, not a squeezed column
                    // (squeezed, these rows grew to about 450 px)
                    assertThat(cells)
                            .as(described)
                            .allSatisfy(cell -> assertThat(cell.getRect().getWidth())
                                    .isGreaterThanOrEqualTo(row.getRect().getWidth() * 9 / 10));
                    assertThat(row.getRect().getHeight()).as(described).isLessThanOrEqualTo(400);
                } else {
                    assertThat(row.getRect().getHeight()).as(described).isLessThanOrEqualTo(160);
                }
            }
        }
    }

    private void assertReflows(String page, int width) {
        WebElement main = browser.findElement(By.tagName("main"));
        assertThat(main.isDisplayed()).isTrue();
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long scrollWidth = (Long) script.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) script.executeScript("return document.documentElement.clientWidth;");
        // the window really is that narrow (a browser minimum would make the check vacuous)
        assertThat(viewport).isLessThanOrEqualTo(width);
        assertThat(scrollWidth)
                .as("%s at %d px scrolls sideways; wider than the page: %s", page, width, script.executeScript(WIDER))
                .isLessThanOrEqualTo(viewport);
        Accessibility.assertNoSeriousViolations(browser);
    }

    /** The elements whose right edge is beyond the viewport: what to fix when the page scrolls sideways. */
    private static final String WIDER = "const w = document.documentElement.clientWidth; return Array.from("
            + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
            + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)"
            + " + ' ' + (e.textContent || '').trim().slice(0, 40)).join(' | ');";
}
