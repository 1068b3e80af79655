package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.calendar.CalendarAdmin;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/**
 * In real Chromium, the case page: an admin adds a holiday on an open order's due date, and the due
 * date moves to the next working day, with the move in the order's timeline (March 2088 is a year
 * no other test touches: Thursday the 4th, Friday the 5th, Monday the 8th); at 1280 px the
 * documents sit beside the data, at 320 px they stack and nothing scrolls sideways.
 */
@PortalBrowserTest
class CaseDeskBrowserTest {

    static final LocalDate FRIDAY = LocalDate.of(2088, 3, 5);

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestClock clock;

    @Autowired
    CalendarAdmin calendarAdmin;

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

    @AfterEach
    void restore() {
        calendarAdmin.entries(2088).forEach(entry -> calendarAdmin.remove(entry.day(), entry.version(), null));
        clock.reset();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().deleteAllCookies();
    }

    @Test
    void documentsSitBesideTheDataAtDesktopWidthsAndStackOnANarrowScreen() {
        var applicant = testData.account("sidebyside", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京并排显示有限公司", TestData.uniqueDomain("side"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区并排路5号")
                .submitted();
        Browser.signIn(browser, port, "reviewer.wang", "icp-demo-2026");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        Rectangle data = browser.findElement(By.id("case-data")).getRect();
        Rectangle documents = browser.findElement(By.id("case-documents")).getRect();
        assertThat(documents.getX()).as("right of the data").isGreaterThanOrEqualTo(data.getX() + data.getWidth());
        assertThat(documents.getY()).as("level with the data").isLessThan(data.getY() + data.getHeight());
        assertThat(browser.findElement(By.cssSelector("#case-data tbody tr")).getAttribute("class"))
                .as("what changed comes first")
                .contains("is-changed");
        assertNoSidewaysScroll(1280);
        Accessibility.assertNoSeriousViolations(browser);

        browser.manage().window().setSize(new Dimension(320, 900));
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        data = browser.findElement(By.id("case-data")).getRect();
        documents = browser.findElement(By.id("case-documents")).getRect();
        assertThat(documents.getY()).as("below the data").isGreaterThanOrEqualTo(data.getY() + data.getHeight());
        assertNoSidewaysScroll(320);
    }

    private static void assertNoSidewaysScroll(int width) {
        long scrollWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        long viewport =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;");
        assertThat(viewport).isLessThanOrEqualTo(width);
        assertThat(scrollWidth)
                .as("the case page at %d px scrolls sideways", width)
                .isLessThanOrEqualTo(viewport);
    }

    @Test
    void holidayMovesTheDueLabel() {
        clock.setTo(LocalDateTime.of(2088, 3, 4, 10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        var applicant = testData.account("holiday", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京顺延假日有限公司", TestData.uniqueDomain("hol"));
        UUID orderId = steps.subjectChange(applicant, filing.id())
                .address("北京市朝阳区顺延路3号")
                .submitted();

        Browser.signIn(browser, port, "admin", "icp-demo-2026");
        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        assertThat(due()).contains("2088-03-05 10:00");

        browser.get("http://localhost:" + port + "/admin/calendar?year=2088");
        // The field starts with the year shown ("2088-"): typed over, as an admin would.
        browser.findElement(By.id("date")).clear();
        browser.findElement(By.id("date")).sendKeys(FRIDAY.toString());
        new Select(browser.findElement(By.id("kind"))).selectByValue("HOLIDAY");
        browser.findElement(By.id("name")).sendKeys("测试假日");
        navigate(browser.findElement(By.cssSelector("form[action*='/admin/calendar/days'] button[type=submit]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2088-03-05", "测试假日");

        browser.get("http://localhost:" + port + "/review/orders/" + orderId);
        assertThat(due())
                .as("the next working day")
                .contains("2088-03-08 10:00")
                .doesNotContain("2088-03-05");
        assertThat(browser.findElement(By.cssSelector("[data-deadline-move]")).getText())
                .contains("2088-03-05 10:00", "2088-03-08 10:00", "because 2088-03-05 became a holiday");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private static String due() {
        return browser.findElement(By.xpath("//dt[normalize-space()='Deadline']/following-sibling::dd"))
                .getText();
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }
}
