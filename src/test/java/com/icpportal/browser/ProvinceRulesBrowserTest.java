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
 * In real Chromium, an admin turns on SMS verification for Hebei; the applicant's start page in
 * Hebei then lists SMS verification among the steps, and the order submitted afterwards carries
 * it in its rules snapshot.
 */
@PortalBrowserTest
class ProvinceRulesBrowserTest {

    static final String HEBEI = "130000";

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
    void restoreHebei() {
        if (before != null) {
            provinces.update(
                    HEBEI,
                    ProvinceRulesChange.from(before),
                    provinces.get(HEBEI).version());
        }
    }

    @Test
    void anAdminTurnsOnSmsVerificationAndTheNextOrderInThatProvinceCarriesIt() {
        before = provinces.get(HEBEI);
        assertThat(before.smsVerificationRequired()).isFalse();
        TestAccount admin = testData.account("browser-admin", Role.ADMIN);
        TestAccount applicant = testData.account("browser-hebei", Role.APPLICANT);
        TestFiling filing = testData.filing(
                applicant, HEBEI, "冀", "130100", "130102", "河北浏览器测试有限公司", TestData.uniqueDomain("hebei"));
        String startPage = "/orders/start?subject=" + filing.id() + "&type=SUBJECT_CHANGE";

        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        open(startPage);
        assertThat(browser.findElement(By.id("steps")).getText())
                .contains("Provider review")
                .doesNotContain("SMS verification");
        Browser.signOut(browser);

        Browser.signIn(browser, port, admin.username(), TestData.PASSWORD);
        assertThat(heading()).isEqualTo("Administration");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(
                By.cssSelector("#province-" + HEBEI + " a[href='/admin/provinces/" + HEBEI + "']")));
        assertThat(heading()).isEqualTo("Rules of Hebei");
        assertThat(main()).contains("A change applies to orders submitted afterwards.");
        Accessibility.assertNoSeriousViolations(browser);
        WebElement sms = browser.findElement(By.name("smsVerificationRequired"));
        assertThat(sms.isSelected()).isFalse();
        sms.click();
        navigate(button("Save rules"));
        assertThat(main()).contains("The rules are saved. They apply to orders submitted from now on.");
        assertThat(browser.findElement(By.name("smsVerificationRequired")).isSelected())
                .isTrue();
        Browser.signOut(browser);

        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        open(startPage);
        assertThat(browser.findElement(By.id("step-sms")).getText())
                .startsWith("SMS verification: the administration texts the principals' mobiles");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Start the change"));
        String orderPath = browser.getCurrentUrl().substring(("http://localhost:" + port).length());
        assertThat(orderPath).matches("/orders/[0-9a-f-]{36}");
        UUID orderId = UUID.fromString(orderPath.substring("/orders/".length()));

        open(orderPath + "/subject");
        WebElement address = browser.findElement(By.id("address"));
        address.clear();
        address.sendKeys("石家庄市长安区新地址8号");
        navigate(button("Save and continue"));
        testData.attachRequiredDocuments(applicant.id(), orderId);
        open(orderPath + "/check");
        navigate(button("Submit the change"));

        assertThat(heading()).isEqualTo("Change submitted");
        assertThat(jdbc.queryForMap(
                        "select state, rules_sms_verification_required from change_order where id = ?", orderId))
                .containsEntry("state", "PROVIDER_REVIEW")
                .containsEntry("rules_sms_verification_required", true);
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
