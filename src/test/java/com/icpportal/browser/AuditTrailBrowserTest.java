package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: a failed and a successful sign-in of a reviewer appear in the audit trail,
 * which an admin filters by username and action; a mistyped date is shown at its field.
 */
@PortalBrowserTest
class AuditTrailBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

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
    void anAdminFindsAReviewersSignInsInTheTrail() {
        var reviewer = testData.account("browser-audited", Role.REVIEWER);
        var admin = testData.account("browser-auditor", Role.ADMIN);
        Browser.signIn(browser, port, reviewer.username(), "not the password");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        Browser.signIn(browser, port, reviewer.username(), TestData.PASSWORD);
        Browser.signOut(browser);

        Browser.signIn(browser, port, admin.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/admin/audit");
        assertThat(heading()).isEqualTo("Audit trail");
        browser.findElement(By.id("actor")).sendKeys(reviewer.username());
        navigate(button("Apply filters"));
        assertThat(rows())
                .extracting(row -> row.findElements(By.tagName("td")).get(2).getText())
                .containsExactly("Signed in", "Sign-in failed");
        assertThat(rows().get(1).getText())
                .contains(reviewer.username(), "wrong username or password")
                .doesNotContain("BadCredentials");
        Accessibility.assertNoSeriousViolations(browser);

        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Sign-in failed");
        navigate(button("Apply filters"));
        assertThat(rows()).hasSize(1);
        assertThat(browser.findElement(By.id("actor")).getAttribute("value")).isEqualTo(reviewer.username());

        browser.findElement(By.id("from")).sendKeys("2026-02-30");
        navigate(button("Apply filters"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.id("from-error")).getText())
                .contains("Enter the start date as year-month-day");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2026-02-30");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.signOut(browser);
    }

    private java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("main table tbody tr"));
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }
}
