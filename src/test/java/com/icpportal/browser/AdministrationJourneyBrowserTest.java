package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.authority.AuthoritySettings;
import com.icpportal.authority.SimulatedAdministrationJob;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.Filings;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.SentSmsCodes;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestFilesForUpload;

/**
 * Issue 7's whole journey in real Chromium, with the simulated administration: the applicant
 * changes a Tianjin website's name, replaces its domain with one whose registration record exists,
 * and submits; the reviewer claims and passes it; the applicant
 * uploads and submits the verification photo; the reviewer passes the photo and submits the order
 * to the administration; the principal enters the texted code on the administration's page (a
 * wrong one first); the administration approves by itself after its delay; the applicant's home
 * and subject pages show the new name and domain, and the filing's history keeps the old ones.
 */
@PortalBrowserTest
class AdministrationJourneyBrowserTest {

    /** A Tuesday, 10:00 China time: a working day. */
    static final Instant TUESDAY_10_00 = Instant.parse("2026-12-01T02:00:00Z");

    static final String PRINCIPAL_MOBILE = "13800138000";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    AuthoritySettings settings;

    @Autowired
    SimulatedAdministrationJob administration;

    @Autowired
    SentSmsCodes sentCodes;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    Filings filings;

    @Autowired
    DomainRegistrations domainRegistrations;

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

    @BeforeEach
    void useTheSimulatedAdministration() {
        clock.setTo(TUESDAY_10_00);
        settings.use(AuthoritySettings.SIMULATED);
    }

    @AfterEach
    void restore() {
        settings.use(AuthoritySettings.MANUAL);
        clock.reset();
        browser.manage().deleteAllCookies();
    }

    @Test
    void aWebsiteNameChangeGoesFromTheApplicantToTheAdministrationsApprovalAndOntoTheHomePage() {
        TestAccount applicant = testData.account("journey-applicant", Role.APPLICANT);
        TestAccount reviewer = testData.account("journey-reviewer", Role.REVIEWER);
        String domain = TestData.uniqueDomain("journey");
        var filing = testData.filing(applicant, "120000", "津", "120100", "120101", "天津旅程测试有限公司", domain);
        UUID websiteId = filings.subject(filing.id()).websites().get(0).id();
        String newDomain = TestData.uniqueDomain("journey-new");
        // The new domain's registration record: registered to the subject, real-name verified, valid for long enough.
        domainRegistrations.record(newDomain, "天津旅程测试有限公司", true, LocalDate.of(2030, 12, 31), "test");
        String oldName = "网站 " + domain;
        String newName = "天津旅程新网站";

        // The applicant changes the website's name, attaches the documents and submits.
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/filings");
        WebElement row = browser.findElement(By.xpath("//tr[.//li[text()='" + domain + "']]"));
        navigate(row.findElement(By.partialLinkText("Modify website information")));
        assertThat(main()).contains("What Tianjin permits", "the administration texts the principals");
        navigate(button("Start the change"));
        assertThat(heading()).isEqualTo("Change of website information");
        UUID orderId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1"));

        navigate(browser.findElement(By.linkText("Website details")));
        WebElement name = browser.findElement(By.id("name"));
        assertThat(name.getAttribute("value")).isEqualTo(oldName);
        name.clear();
        name.sendKeys(newName);
        navigate(button("Save and continue"));
        assertThat(main()).contains("Your answers have been saved.");
        navigate(browser.findElement(By.linkText("Domains")));
        WebElement domainField = browser.findElement(By.id("domains0"));
        assertThat(domainField.getAttribute("value")).isEqualTo(domain);
        domainField.clear();
        domainField.sendKeys(newDomain);
        navigate(button("Save and continue"));
        assertThat(main()).contains("Your answers have been saved.");

        navigate(browser.findElement(By.linkText("Documents")));
        uploadEveryMissingDocument();
        navigate(browser.findElement(By.linkText("Back to the task list")));
        navigate(browser.findElement(By.linkText("Check your answers and submit")));
        assertThat(main()).contains(oldName, newName, "You are replacing a domain", domain, newDomain);
        browser.findElement(By.id("acknowledgeReplacement")).click();
        navigate(button("Submit the change"));
        assertThat(heading()).isEqualTo("Change submitted");
        String reference =
                browser.findElement(By.cssSelector(".panel__body strong")).getText();
        assertThat(state(orderId)).isEqualTo(OrderState.PROVIDER_REVIEW);
        Browser.signOut(browser);

        // The reviewer claims the order and passes it.
        Browser.signIn(browser, port, reviewer.username(), TestData.PASSWORD);
        browser.get(url("/review/orders/" + orderId));
        assertThat(heading()).isEqualTo("Order " + reference);
        navigate(button("Assign to me"));
        browser.findElement(By.id("decision-pass")).click();
        navigate(button("Continue"));
        navigate(button("Confirm and pass"));
        assertThat(main()).contains("The decision has been recorded.");
        assertThat(state(orderId)).isEqualTo(OrderState.VERIFICATION);
        Browser.signOut(browser);

        // The applicant uploads the verification photo and submits it.
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        browser.get(url("/orders/" + orderId + "/verification"));
        assertThat(heading()).isEqualTo("Verify the website principal");
        browser.findElement(By.id("file-photo"))
                .sendKeys(file(TestFilesForUpload.jpeg(800, 1000), "principal.jpg")
                        .toString());
        navigate(browser.findElement(By.xpath("//form[.//input[@id='file-photo']]//button")));
        assertThat(main()).contains("The photo has been uploaded.", "principal.jpg");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(button("Submit the photo for review"));
        assertThat(state(orderId)).isEqualTo(OrderState.VERIFICATION_REVIEW);
        Browser.signOut(browser);

        // The reviewer passes the photo and submits the order to the (simulated) administration.
        Browser.signIn(browser, port, reviewer.username(), TestData.PASSWORD);
        browser.get(url("/review/orders/" + orderId));
        navigate(button("Pass the photo"));
        assertThat(main()).contains("The verification has been passed.");
        assertThat(state(orderId)).isEqualTo(OrderState.AWAITING_SUBMISSION);
        navigate(browser.findElement(By.id("administration-step")));
        assertThat(heading()).isEqualTo("Administration step: " + reference);
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.id("submit-to-administration")));
        assertThat(main()).contains("The order was submitted to the administration.", "Code texted to 138****8000");
        assertThat(state(orderId)).isEqualTo(OrderState.SMS_VERIFICATION);
        Browser.signOut(browser);

        // The applicant's order shows the SMS step and leads to the administration's verification page,
        // where the principal types the code texted to them: a wrong one, then the right one.
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        browser.get(url("/orders/" + orderId));
        assertThat(browser.findElement(By.id("sms-mobiles")).getText()).contains("138****8000", "Not yet");
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.id("simulated-sms-link")));
        assertThat(heading()).isEqualTo("SMS verification");
        assertThat(browser.findElement(By.id("reference")).getAttribute("value"))
                .isEqualTo(reference);
        Accessibility.assertNoSeriousViolations(browser);
        String code = sentCodes.latest(orderId, PRINCIPAL_MOBILE).orElseThrow();
        assertThat(code).matches("\\d{6}");
        String wrong = (code.charAt(0) == '9' ? "0" : String.valueOf(code.charAt(0) - '0' + 1)) + code.substring(1);
        enterCode(null, PRINCIPAL_MOBILE, wrong);
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.id("code-error")).getText())
                .isEqualTo(
                        "That code is wrong. After 4 more wrong codes, entries for this mobile from your network pause for 15 minutes.");
        assertThat(browser.findElement(By.id("reference")).getAttribute("value"))
                .isEqualTo(reference);
        Accessibility.assertNoSeriousViolations(browser);
        assertThat(state(orderId)).isEqualTo(OrderState.SMS_VERIFICATION);
        enterCode(null, null, code);
        assertThat(browser.findElement(By.id("outcome")).getText())
                .isEqualTo(
                        "Your mobile is verified. Every principal has verified: the administration now reviews the application.");
        assertThat(decisions.find(orderId).smsMobiles())
                .singleElement()
                .satisfies(mobile -> assertThat(mobile.verified()).isTrue());
        assertThat(state(orderId)).isEqualTo(OrderState.AUTHORITY_REVIEW);
        browser.get(url("/orders/" + orderId));
        assertThat(browser.findElement(By.id("review-window")).getText())
                .contains("With the communications administration");
        assertThat(browser.findElements(By.id("sms-step"))).isEmpty();
        Browser.signOut(browser);

        // The administration's delay passes and it approves by itself.
        clock.advance(settings.decisionDelay().plus(Duration.ofSeconds(1)));
        administration.decideDue();
        assertThat(state(orderId)).isEqualTo(OrderState.APPROVED);

        // The applicant (signed in again: the clock moved) sees the new name on the home page.
        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/filings");
        assertThat(main()).contains(newName, newDomain).doesNotContain(oldName);
        WebElement approved = browser.findElement(By.xpath("//tr[.//li[text()='" + newDomain + "']]"));
        assertThat(approved.getText()).contains(newName).doesNotContain(oldName);
        assertThat(browser.findElements(By.xpath("//li[text()='" + domain + "']")))
                .isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        navigate(browser.findElement(By.linkText("View all details of this subject")));
        assertThat(main()).contains(newName, newDomain).doesNotContain(oldName);
        assertThat(filings.retiredDomains(websiteId))
                .extracting(retired -> retired.ascii())
                .contains(domain);
        browser.get(url("/orders/" + orderId));
        assertThat(main()).contains(reference, "Approved");

        assertThat(filings.websiteHistory(websiteId)).first().satisfies(earlier -> {
            assertThat(earlier.details().name()).isEqualTo(oldName);
            assertThat(earlier.changeReference()).isEqualTo(reference);
        });
        Browser.signOut(browser);

        // The reviewer's administration step records when and how the administration decided.
        Browser.signIn(browser, port, reviewer.username(), TestData.PASSWORD);
        browser.get(url("/review/orders/" + orderId + "/administration"));
        assertThat(browser.findElement(By.id("approved-on")).getText()).isEqualTo("2026-12-01");
        assertThat(main()).contains("It decided at");
        Browser.signOut(browser);
    }

    private void uploadEveryMissingDocument() {
        List<WebElement> missing = browser.findElements(
                By.xpath("//section[contains(@class,'document')][.//*[contains(@class,'tag--red')]]"));
        while (!missing.isEmpty()) {
            String kind = missing.get(0).getAttribute("id").substring("document-".length());
            boolean imageOnly = !browser.findElement(By.id("file-" + kind))
                    .getAttribute("accept")
                    .contains(".pdf");
            String fileName = kind.toLowerCase() + (imageOnly ? ".png" : ".pdf");
            browser.findElement(By.id("file-" + kind))
                    .sendKeys(file(imageOnly ? TestFilesForUpload.png(900, 700) : TestFilesForUpload.pdf(), fileName)
                            .toString());
            navigate(browser.findElement(
                    By.xpath("//section[@id='document-" + kind + "']//form[contains(@class,'upload')]//button")));
            assertThat(main()).contains("The document has been uploaded.");
            assertThat(browser.findElement(By.id("document-" + kind)).getText()).contains("Uploaded", fileName);
            missing = browser.findElements(
                    By.xpath("//section[contains(@class,'document')][.//*[contains(@class,'tag--red')]]"));
        }
    }

    private void enterCode(String reference, String mobile, String code) {
        if (reference != null) {
            browser.findElement(By.id("reference")).sendKeys(reference);
        }
        if (mobile != null) {
            browser.findElement(By.id("mobile")).sendKeys(mobile);
        }
        browser.findElement(By.id("code")).sendKeys(code);
        navigate(browser.findElement(By.id("verify-code")));
    }

    private OrderState state(UUID orderId) {
        return decisions.find(orderId).state();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void navigate(WebElement target) {
        Browser.clickAndWait(browser, target);
    }

    private static Path file(byte[] content, String name) {
        try {
            Path directory = Files.createTempDirectory("journey-upload");
            return Files.write(directory.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
