package com.icpportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.Section;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentView;
import com.icpportal.document.Documents;
import com.icpportal.document.Upload;
import com.icpportal.document.UploadOutcome;
import com.icpportal.filing.Filings;
import com.icpportal.support.Accessibility;
import com.icpportal.support.Browser;
import com.icpportal.support.PortalBrowserTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestFilesForUpload;

/**
 * "Use this one" after the principal changed (the filed principal, 张三, replaced by 王芳): the
 * former principal's ID card and the signed commitment of the earlier order are not offered; the
 * licence of the same subject is, and using it attaches it.
 */
@PortalBrowserTest
class ReuseAfterPrincipalChangeBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Documents documents;

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
    void onlyWhatStillProvesSomethingIsOffered() {
        TestAccount applicant = testData.account("reuse-principal", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        var filing = testData.beijingFiling(applicant, "北京换人复用有限公司", TestData.uniqueDomain("reuse-principal"));
        UUID earlier = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        upload(applicant, filing.id(), earlier, DocumentKind.ID_CARD_FRONT, "zhang-san-id-front.png");
        DocumentView licence =
                upload(applicant, filing.id(), earlier, DocumentKind.BUSINESS_LICENCE, "business-licence.png");
        upload(applicant, filing.id(), earlier, DocumentKind.AUTHENTICITY_COMMITMENT, "earlier-commitment.png");
        changeOrders.withdraw(
                actor,
                earlier,
                changeOrders.findForApplicant(applicant.id(), earlier).version(),
                null);

        UUID order = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        var current = filings.subject(filing.id()).details();
        var wangFang = current.principal()
                .withName("王芳")
                .withCertificateNumber("110101199003074514")
                .withMobile("13700137000")
                .withEmergencyPhone("13600136000")
                .withEmail("wang@example.test");
        assertThat(changeOrders
                        .saveSubject(
                                actor,
                                order,
                                changeOrders
                                        .findForApplicant(applicant.id(), order)
                                        .version(),
                                current.withPrincipal(wangFang),
                                Section.PRINCIPAL)
                        .violations())
                .isEmpty();

        Browser.signIn(browser, port, applicant.username(), TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/orders/" + order + "/documents");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("zhang-san-id-front.png", "earlier-commitment.png");
        assertThat(card(DocumentKind.ID_CARD_FRONT).findElements(By.cssSelector("form.reuse")))
                .as("reuse offers for the new principal's ID card")
                .isEmpty();
        assertThat(card(DocumentKind.AUTHENTICITY_COMMITMENT).findElements(By.cssSelector("form.reuse")))
                .as("reuse offers for this order's commitment")
                .isEmpty();
        WebElement offer = card(DocumentKind.BUSINESS_LICENCE).findElement(By.cssSelector("form.reuse"));
        assertThat(offer.getText()).contains("business-licence.png", "Use this one");
        Accessibility.assertNoSeriousViolations(browser);

        Browser.clickAndWait(browser, offer.findElement(By.cssSelector("button[type=submit]")));
        assertThat(card(DocumentKind.BUSINESS_LICENCE).getText()).contains("business-licence.png");
        assertThat(documents
                        .attachedTo(order.toString())
                        .get(DocumentKind.BUSINESS_LICENCE)
                        .id())
                .isEqualTo(licence.id());
        assertThat(documents.attachedTo(order.toString()))
                .doesNotContainKeys(DocumentKind.ID_CARD_FRONT, DocumentKind.AUTHENTICITY_COMMITMENT);
    }

    private static WebElement card(DocumentKind kind) {
        return browser.findElement(By.id("document-" + kind.name()));
    }

    private DocumentView upload(TestAccount owner, UUID subjectId, UUID orderId, DocumentKind kind, String name) {
        UploadOutcome outcome = documents.upload(new Upload(
                owner.id(),
                subjectId,
                orderId.toString(),
                kind,
                name,
                "image/png",
                new ByteArrayInputStream(TestFilesForUpload.png(400, 300))));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        DocumentView stored = ((UploadOutcome.Stored) outcome).document();
        documents.recordProof(
                stored.id(), owner.id(), changeOrders.proofOf(changeOrders.overview(owner.id(), orderId), kind));
        return stored;
    }
}
