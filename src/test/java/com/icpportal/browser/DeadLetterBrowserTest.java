package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;

/**
 * In real Chromium: an email the mail server refused for good is a dead letter on the outbox page,
 * in words, with a resend button; resending hands it over again (no mail server is configured
 * here, so it is kept in the outbox) and it is a dead letter no more.
 */
@PortalBrowserTest
class DeadLetterBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void aDeadLetteredEmailIsResentFromTheOutbox() {
        UUID id = UUID.randomUUID();
        // The row as Deliveries leaves it after an SMTP 550 (see DeadLetterTest for the path through a server).
        jdbc.update("""
                insert into notification (id, dedup_key, channel, kind, recipient_address, locale, reference, subject, body,
                                          status, attempts, last_error, last_failure, created_at)
                values (?, ?, 'EMAIL', 'APPROVED', 'nobody@example.test', 'en', 'CO-DEAD-1', 'Your change was approved',
                        'Your change was approved.', 'DEAD', 1, 'SMTPAddressFailedException: 550 5.1.1 no such user', 'MAIL_REFUSED', ?)""", id, "dead-letter-browser:" + id, Timestamp.from(Instant.now()));

        Browser.signIn(browser, port, "admin", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/admin/outbox?status=DEAD");
        WebElement row = browser.findElement(By.id("outbox-" + id));
        assertThat(row.getText())
                .contains("Dead letter: not retried", "The mail server refused this message for good")
                .doesNotContain("SMTPAddressFailedException");
        Accessibility.assertNoSeriousViolations(browser);
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);

        navigate(row.findElement(By.xpath(".//button[normalize-space()='Resend']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("The message is kept in the outbox");
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, id))
                .isEqualTo("KEPT");
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }
}
