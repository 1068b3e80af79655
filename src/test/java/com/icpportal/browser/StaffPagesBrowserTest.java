package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;

/** In real Chromium at 1280 px, on the demo data: every staff list page passes axe and is no wider than the window. */
@PortalBrowserTest
class StaffPagesBrowserTest {

    private static final List<String> PAGES = List.of(
            "/review",
            "/review?tab=DONE",
            "/review/sla",
            "/review/domains",
            "/admin/calendar",
            "/admin/audit",
            "/admin/outbox");

    static WebDriver browser;

    @LocalServerPort
    int port;

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
    void staffPagesPassAxeAndFitTheWindow() {
        Browser.signIn(browser, port, "admin", "icp-demo-2026");
        for (String page : PAGES) {
            browser.get("http://localhost:" + port + page);
            Accessibility.assertNoSeriousViolations(browser);
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).longValue())
                    .as(page + " wider than the window")
                    .isLessThanOrEqualTo(0);
        }
    }
}
