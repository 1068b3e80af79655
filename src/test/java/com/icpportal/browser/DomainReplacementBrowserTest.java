package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestFilesForUpload;

/**
 * In real Chromium, the demo applicant replaces a website's domain: the warning must be
 * acknowledged before the change is submitted, and no page of the journey has a serious or
 * critical accessibility violation.
 */
@PortalBrowserTest
class DomainReplacementBrowserTest {

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
    void theDemoApplicantReplacesADomainAcknowledgesTheWarningAndSubmits() {
        browser.get("http://localhost:" + port + "/login");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.submitSignIn(browser, "applicant.beijing", "icp-demo-2026");

        assertThat(browser.getCurrentUrl()).endsWith("/filings");
        Accessibility.assertNoSeriousViolations(browser);
        WebElement row = browser.findElement(By.xpath("//tr[.//li[text()='example-tech.cn']]"));
        navigate(row.findElement(By.partialLinkText("Modify website information")));

        assertThat(heading()).isEqualTo("Modify website information");
        assertThat(main()).contains("What Beijing permits", "Domains per website");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Start the change"));

        assertThat(heading()).isEqualTo("Change of website information");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.linkText("Domains")));

        Accessibility.assertNoSeriousViolations(browser);
        WebElement domain = browser.findElement(By.id("domains0"));
        assertThat(domain.getAttribute("value")).isEqualTo("example-tech.cn");
        domain.clear();
        domain.sendKeys("example-newtech.cn");
        navigate(button("Save and continue"));

        assertThat(main()).contains("Your answers have been saved.", "Changed", "Documents missing");
        navigate(browser.findElement(By.linkText("Documents")));
        Accessibility.assertNoSeriousViolations(browser);

        // Over the image limit by a byte: refused by the portal's own check, at the field.
        upload("ID_CARD_FRONT", oversized(5 * 1024 * 1024 + 1, "front.png"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.id("file-ID_CARD_FRONT-error")).getText())
                .isEqualTo("The selected file must be 5 MB or smaller");
        Accessibility.assertNoSeriousViolations(browser);
        // Over the request limit: refused while the request is read, still with the message (not a 403 or a reset).
        upload("ID_CARD_FRONT", oversized(13 * 1024 * 1024, "huge.png"));
        assertThat(browser.findElement(By.id("file-ID_CARD_FRONT-error")).getText())
                .contains("must be 5 MB or smaller");

        for (String kind : List.of(
                "ID_CARD_FRONT", "ID_CARD_BACK", "BUSINESS_LICENCE", "AUTHENTICITY_COMMITMENT", "DOMAIN_CERTIFICATE")) {
            boolean image = kind.startsWith("ID_CARD");
            upload(
                    kind,
                    file(
                            image ? TestFilesForUpload.png(900, 700) : TestFilesForUpload.pdf(),
                            kind.toLowerCase() + (image ? ".png" : ".pdf")));
            assertThat(main()).contains("The document has been uploaded.");
            assertThat(browser.findElement(By.id("document-" + kind)).getText())
                    .contains("Uploaded", kind.toLowerCase() + (image ? ".png" : ".pdf"));
        }
        assertThat(main()).doesNotContain("Missing");
        navigate(browser.findElement(By.linkText("Back to the task list")));
        navigate(browser.findElement(By.linkText("Check your answers and submit")));

        assertThat(heading()).isEqualTo("Check your answers before submitting");
        assertThat(main()).contains("You are replacing a domain", "example-tech.cn", "example-newtech.cn");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Submit the change"));

        // Not acknowledged: refused, with the message at the checkbox.
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(main()).contains("Confirm that you understand the replaced domain stops being servable");
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("acknowledgeReplacement")).click();
        navigate(button("Submit the change"));

        assertThat(heading()).isEqualTo("Change submitted");
        Accessibility.assertNoSeriousViolations(browser);
        String reference =
                browser.findElement(By.cssSelector(".panel__body strong")).getText();
        assertThat(jdbc.queryForObject("select state from change_order where reference = ?", String.class, reference))
                .isEqualTo("PROVIDER_REVIEW");
        assertThat(jdbc.queryForList("""
                select d.name from change_order_domain d join change_order o on o.id = d.order_id
                 where o.reference = ?""", String.class, reference)).containsExactly("example-newtech.cn");
        assertThat(jdbc.queryForObject(
                        "select count(*) from filing_website_domain where name = 'example-tech.cn'", Integer.class))
                .as("the filed domain stays until the administration approves")
                .isEqualTo(1);
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static void upload(String kind, Path file) {
        browser.findElement(By.id("file-" + kind))
                .sendKeys(file.toAbsolutePath().toString());
        navigate(browser.findElement(
                By.xpath("//section[@id='document-" + kind + "']//form[contains(@class,'upload')]//button")));
    }

    private static Path file(byte[] content, String name) {
        try {
            Path directory = Files.createTempDirectory("browser-upload");
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG signature followed by zeros: recognised as a PNG, refused for its size before anything else. */
    private static Path oversized(int size, String name) {
        byte[] content = new byte[size];
        byte[] png = TestFilesForUpload.png(10, 10);
        System.arraycopy(png, 0, content, 0, png.length);
        return file(content, name);
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
