package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.icpportal.account.Role;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: an admin opens a reviewer account and copies its one-time link; the reviewer opens
 * the link, sets a password and signs in with it; the link does not work a second time.
 */
@PortalServerTest
@TestPropertySource(properties = "portal.demo-data=true")
class AdminOpensReviewerAccountBrowserTest {

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

    void submit() {
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main form.form button[type=submit]")));
    }

    @Test
    void anAdminOpensAReviewerWhoSetsTheirPasswordAndSignsIn() {
        TestData.TestAccount admin = testData.account("browser-admin", Role.ADMIN);
        String username = "reviewer.new" + System.nanoTime() % 1_000_000;

        Browser.signIn(browser, port, admin.username(), TestData.PASSWORD);

        browser.get("http://localhost:" + port + "/admin/accounts");
        Browser.clickAndWait(browser, browser.findElement(By.linkText("Open an account")));
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Liu Yang");
        browser.findElement(By.id("email")).sendKeys(username + "@example.test");
        browser.findElement(By.cssSelector("input[type=checkbox][value=REVIEWER]"))
                .click();
        submit();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(username);
        String link = browser.findElement(By.id("link-url")).getText();
        assertThat(link).startsWith("http://localhost:" + port + "/account/set-password/");
        Accessibility.assertNoSeriousViolations(browser);

        Browser.signOut(browser);
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set your password");
        browser.findElement(By.id("newPassword")).sendKeys("too short");
        submit();
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.id("newPassword-error")).getText()).contains("at least 12 characters");
        browser.findElement(By.id("newPassword")).sendKeys("lanterns over the west lake");
        submit();

        assertThat(browser.getCurrentUrl()).endsWith("/login?passwordSet");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Your password has been set");
        Browser.submitSignIn(browser, username, "lanterns over the west lake");
        assertThat(browser.getCurrentUrl()).endsWith("/review");

        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link no longer works");
    }
}
