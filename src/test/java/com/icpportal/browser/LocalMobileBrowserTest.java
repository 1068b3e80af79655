package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.ProvinceRulesChange;
import com.icpportal.province.Provinces;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/**
 * In real Chromium, an admin requires Henan's principals to have a mobile registered in Henan; the
 * applicant's principal with a Jiangsu mobile is refused at the field, naming where the number is
 * registered, a Zhengzhou mobile is accepted, and the order submitted carries the rule in its snapshot.
 */
@PortalBrowserTest
class LocalMobileBrowserTest {

    static final String HENAN = "410000";
    /** Registered in 江苏省连云港市 (libphonenumber's geocoder). */
    static final String JIANGSU_MOBILE = "13812345678";
    /** Registered in 河南省郑州市. */
    static final String HENAN_MOBILE = "13837112345";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    Provinces provinces;

    @Autowired
    JdbcTemplate jdbc;

    ProvinceRules before;

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
    void restoreHenan() {
        if (before != null) {
            provinces.update(
                    HENAN,
                    ProvinceRulesChange.from(before),
                    provinces.get(HENAN).version());
        }
    }

    @Test
    void anAdminRequiresALocalMobileAndAnotherProvincesMobileIsRefusedWhileALocalOneIsAccepted() {
        before = provinces.get(HENAN);
        assertThat(before.localMobileRequired()).isFalse();
        TestAccount admin = testData.account("browser-admin-mobile", Role.ADMIN);
        TestAccount applicant = testData.account("browser-henan", Role.APPLICANT);
        // no website: the websites' principal would be the same person, who must keep one mobile
        TestFiling filing = testData.filing(applicant, HENAN, "豫", "410100", "410102", "河南浏览器测试有限公司");

        signIn(admin);
        navigate(browser.findElement(By.cssSelector("a[href='/admin/provinces/" + HENAN + "']")));
        assertThat(heading()).isEqualTo("Rules of Henan");
        WebElement local = browser.findElement(By.name("localMobileRequired"));
        assertThat(local.isSelected()).isFalse();
        local.click();
        navigate(button("Save rules"));
        assertThat(main()).contains("The rules are saved.");
        assertThat(browser.findElement(By.name("localMobileRequired")).isSelected())
                .isTrue();
        Accessibility.assertNoSeriousViolations(browser);
        signOut();

        signIn(applicant);
        open("/orders/start?subject=" + filing.id() + "&type=SUBJECT_CHANGE");
        navigate(button("Start the change"));
        String orderPath = browser.getCurrentUrl().substring(("http://localhost:" + port).length());
        assertThat(orderPath).matches("/orders/[0-9a-f-]{36}");
        UUID orderId = UUID.fromString(orderPath.substring("/orders/".length()));

        open(orderPath + "/principal");
        typeMobile(JIANGSU_MOBILE);
        navigate(button("Save and continue"));
        assertThat(browser.findElement(By.id("mobile-error")).getText())
                .isEqualTo("This number is registered in 江苏省连云港市; the administration of 河南省 requires the"
                        + " principal's mobile to be registered in 河南省: enter a mobile number of 河南省");
        assertThat(browser.findElement(By.id("mobile")).getAttribute("value")).isEqualTo(JIANGSU_MOBILE);
        Accessibility.assertNoSeriousViolations(browser);

        typeMobile(HENAN_MOBILE);
        navigate(button("Save and continue"));
        assertThat(browser.findElements(By.id("mobile-error"))).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotEndWith("/principal");

        testData.attachRequiredDocuments(applicant.id(), orderId);
        open(orderPath + "/check");
        navigate(button("Submit the change"));
        assertThat(heading()).isEqualTo("Change submitted");
        assertThat(jdbc.queryForMap(
                        "select state, rules_local_mobile_required from change_order where id = ?", orderId))
                .containsEntry("state", "PROVIDER_REVIEW")
                .containsEntry("rules_local_mobile_required", true);
    }

    private static void typeMobile(String mobile) {
        WebElement field = browser.findElement(By.id("mobile"));
        field.clear();
        field.sendKeys(mobile);
    }

    private void signIn(TestAccount account) {
        Browser.signIn(browser, port, account.username(), TestData.PASSWORD);
    }

    private static void signOut() {
        navigate(browser.findElement(By.cssSelector(".user-menu__logout button")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }
}
