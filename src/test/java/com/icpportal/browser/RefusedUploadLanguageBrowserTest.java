package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.filing.Filings;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;

/**
 * After a refused upload the page that says why has an address of its own (Post/Redirect/Get):
 * switching language there shows the same message, at the same field, in the other language, and
 * the address never holds the form's CSRF token. Also: the summary's link moves focus to the field.
 */
@PortalBrowserTest
class RefusedUploadLanguageBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

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
    void theRefusalIsSaidAgainInChineseAfterTheLanguageSwitch() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        browser.manage().deleteAllCookies();
        var applicant = testData.account("refused-lang", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京拒收语言有限公司", TestData.uniqueDomain("refused-lang"));
        UUID orderId =
                changeOrders.start(Actor.applicant(applicant.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + orderId + "/documents");

        // a web page named .png: refused by its content
        Path fake = Files.createTempFile("id-front", ".png");
        Files.writeString(fake, "<html><body>not an image</body></html>");
        WebElement card = browser.findElement(By.id("document-ID_CARD_FRONT"));
        assertThat(card.findElement(By.cssSelector("form.upload")).getAttribute("action"))
                .doesNotContain("_csrf");
        card.findElement(By.id("file-ID_CARD_FRONT")).sendKeys(fake.toString());
        Browser.clickAndWait(browser, card.findElement(By.cssSelector("form.upload button[type=submit]")));
        Files.deleteIfExists(fake);

        assertThat(browser.getCurrentUrl())
                .endsWith("/orders/" + orderId + "/documents?refused=ID_CARD_FRONT")
                .doesNotContain("_csrf");
        String english = browser.findElement(By.id("file-ID_CARD_FRONT-error")).getText();
        assertThat(english).contains("The selected file must be a JPG, PNG or PDF");
        assertThat(browser.getTitle()).startsWith("Error:");
        Accessibility.assertNoSeriousViolations(browser);

        // the summary's link moves focus to the file field, without script
        browser.findElement(By.cssSelector(".error-summary a[href='#file-ID_CARD_FRONT']"))
                .click();
        assertThat(activeElementId()).isEqualTo("file-ID_CARD_FRONT");

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("header [lang='zh-CN']")));
        assertThat(browser.getCurrentUrl()).doesNotContain("_csrf");
        String chinese = browser.findElement(By.id("file-ID_CARD_FRONT-error")).getText();
        assertThat(chinese).isNotEqualTo(english).contains("JPG", "PNG");
        assertThat(browser.getTitle()).startsWith("错误：");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theSummaryLinkToACheckboxGroupMovesFocusToItsFirstBox() {
        browser.get("http://localhost:" + port + "/login");
        browser.manage().deleteAllCookies();
        var applicant = testData.account("group-focus", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京焦点测试有限公司", TestData.uniqueDomain("group-focus"));
        UUID orderId = changeOrders.start(
                Actor.applicant(applicant.id()),
                filing.id(),
                ChangeType.WEBSITE_CHANGE,
                filings.subject(filing.id()).websites().get(0).id());
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + orderId + "/website");

        for (WebElement box : browser.findElements(By.cssSelector("#serviceTypes input[type=checkbox]"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main form.form button[type=submit]")));

        WebElement group = browser.findElement(By.id("serviceTypes"));
        assertThat(group.getAttribute("class")).contains("field--error");
        // the red bar of a group in error
        assertThat(group.getCssValue("border-left-style")).isEqualTo("solid");
        assertThat(group.getCssValue("border-left-width")).isEqualTo("5px");
        assertThat(group.getAttribute("aria-describedby")).contains("serviceTypes-error");
        browser.findElement(By.cssSelector(".error-summary a[href='#serviceTypes1']"))
                .click();
        assertThat(activeElementId()).isEqualTo("serviceTypes1");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private static String activeElementId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }
}
