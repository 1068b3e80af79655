package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;

/** A person in real Chromium signs in as the demo applicant and sees their filings, in both languages. */
@PortalBrowserTest
class ApplicantSeesFilingsBrowserTest {

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
    void theDemoApplicantSignsInAndSeesTheirFilings() {
        browser.get("http://localhost:" + port + "/filings");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.cssSelector(".demo-accounts")).getText())
                .contains("applicant.beijing");

        Browser.submitSignIn(browser, "applicant.beijing", "icp-demo-2026");

        assertThat(browser.getCurrentUrl()).endsWith("/filings");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your ICP filings");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "京ICP备12345678号",
                        "京ICP备12345678号-1",
                        "京ICP备12345678号-2",
                        "北京示例科技有限公司",
                        "example-tech.cn",
                        "示例科技.中国");
        assertThat(page).doesNotContain("沪ICP备2024012345号");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".language-switch button[lang='zh-CN']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的ICP备案");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("京ICP备12345678号", "北京市");

        Browser.clickAndWait(browser, browser.findElement(By.linkText("北京示例科技有限公司")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("朝阳区", "91110105MA01ABCD5F");

        Browser.signOut(browser);
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("您已退出登录。");
    }
}
