package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import com.icpportal.changeorder.Section;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.Filings;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: the rename tells the applicant each filed domain must follow the new name; once
 * the rename is approved, a website rename that keeps the filed domain (still registered to the
 * former name) is saved and submitted without a refusal.
 */
@PortalBrowserTest
class RenameThenWebsiteChangeBrowserTest {

    static final String FORMER = "北京示例科技有限公司";
    static final String RENAMED = "北京示例新科技有限公司";

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

    @Autowired
    DomainRegistrations registrations;

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
    void theRenameWarnsThenAWebsiteRenameKeepingTheFiledDomainIsSubmitted() {
        var applicant = testData.account("rename-browser", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        String domain = TestData.uniqueDomain("rename-browser");
        var filing = testData.beijingFiling(applicant, FORMER, domain);
        registrations.record(domain, FORMER, true, LocalDate.of(2030, 12, 31), "test");
        UUID rename = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        var renamed = filings.subject(filing.id()).details().withOrganiserName(RENAMED);
        changeOrders.saveSubject(actor, rename, steps.version(rename), renamed, Section.SUBJECT);

        signIn(applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + rename);
        WebElement notice = browser.findElement(By.id("renamed-domains"));
        assertThat(notice.getText()).contains("Your filed domains must follow the new name", domain, FORMER, RENAMED);
        assertThat(notice.findElement(By.cssSelector("[lang='zh-CN']")).getText())
                .isEqualTo(FORMER);
        Accessibility.assertNoSeriousViolations(browser);

        // the rename is approved (applied as the administration's approval applies it) and finished
        changeOrders.withdraw(actor, rename, steps.version(rename), null);
        filings.applyApprovedSubjectChange(filing.id(), renamed, "CO-RENAMED", Instant.now());

        var website = filings.subject(filing.id()).websites().get(0);
        browser.get("http://localhost:" + port + "/orders/start?subject=" + filing.id()
                + "&type=WEBSITE_CHANGE&website=" + website.id());
        navigate(browser.findElement(By.cssSelector("form[action='/orders'] button[type=submit]")));
        String orderUrl = browser.getCurrentUrl();
        UUID orderId = UUID.fromString(orderUrl.substring(orderUrl.lastIndexOf('/') + 1));
        navigate(browser.findElement(By.linkText("Website details")));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("示例新科技官网");
        navigate(browser.findElement(By.xpath("//button[normalize-space()='Save and continue']")));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();

        testData.attachRequiredDocuments(applicant.id(), orderId);
        browser.get("http://localhost:" + port + "/orders/" + orderId + "/check");
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.xpath("//button[normalize-space()='Submit the change']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change submitted");
        assertThat(decisions.find(orderId).state()).isEqualTo(OrderState.PROVIDER_REVIEW);
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, port, username, password);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }
}
