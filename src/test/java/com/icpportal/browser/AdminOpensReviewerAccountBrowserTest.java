package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * In real Chromium: an admin opens a reviewer account and copies its one-time link; the reviewer opens
 * the link, sets a password and signs in with it; the link does not work a second time.
 */
@PortalBrowserTest
class AdminOpensReviewerAccountBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    com.icpportal.support.SecondFactorCodes secondFactorCodes;

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
        Browser.submitPassword(browser, username, "lanterns over the west lake");

        // A reviewer's first sign-in sets up the second factor: QR code, key, a code from the app.
        assertThat(browser.getCurrentUrl()).endsWith("/account/second-factor");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Set up your second factor");
        assertThat(browser.findElement(By.cssSelector("img.qr-code")).getAttribute("src"))
                .startsWith("data:image/svg+xml;base64,");
        Accessibility.assertNoSeriousViolations(browser);
        String secret = browser.findElement(By.id("secret")).getText();
        browser.findElement(By.id("code"))
                .sendKeys("000000".equals(secondFactorCodes.codeFor(secret)) ? "111111" : "000000");
        submit();
        assertThat(browser.findElement(By.id("code-error")).getText()).contains("does not match");
        browser.findElement(By.id("code")).sendKeys(secondFactorCodes.codeFor(secret));
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your recovery codes");
        java.util.List<String> recoveryCodes = browser.findElements(By.cssSelector("#recovery-codes code")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
        assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        Browser.clickAndWait(browser, browser.findElement(By.linkText("I have kept my recovery codes")));
        assertThat(browser.getCurrentUrl()).endsWith("/review");

        // The next sign-in asks for the app's code; a recovery code works once instead.
        Browser.signOut(browser);
        Browser.submitPassword(browser, username, "lanterns over the west lake");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Enter the code from your authenticator app");
        browser.get("http://localhost:" + port + "/review");
        assertThat(browser.getCurrentUrl())
                .as("no page before the second factor")
                .contains("/login/second-factor");
        browser.findElement(By.id("code")).sendKeys(recoveryCodes.get(0));
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/review");

        Browser.signOut(browser);
        Browser.submitPassword(browser, username, "lanterns over the west lake");
        // (a code is accepted once: this one is the app's next, as 30 seconds later)
        browser.findElement(By.id("code"))
                .sendKeys(secondFactorCodes.code(username).orElseThrow());
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/review");

        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link no longer works");
    }
}
