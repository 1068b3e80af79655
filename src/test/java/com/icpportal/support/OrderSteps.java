package com.icpportal.support;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Section;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.support.TestData.TestAccount;

/** Takes an order through the steps before the one a test is about, at whatever time the test clock says. */
@Component
public class OrderSteps {

    private final TestData testData;
    private final ChangeOrders changeOrders;
    private final ProviderDecisions decisions;
    private final Filings filings;

    OrderSteps(TestData testData, ChangeOrders changeOrders, ProviderDecisions decisions, Filings filings) {
        this.testData = testData;
        this.changeOrders = changeOrders;
        this.decisions = decisions;
        this.filings = filings;
    }

    /** A subject change (a new street address) submitted for provider review. */
    public UUID submittedSubjectChange(TestAccount applicant, UUID subjectId, String newAddress) {
        Actor actor = Actor.applicant(applicant.id());
        UUID orderId = changeOrders.start(actor, subjectId, ChangeType.SUBJECT_CHANGE, null);
        SubjectDetails current = filings.subject(subjectId).details();
        changeOrders.saveSubject(actor, orderId, version(orderId), current.withAddress(newAddress), Section.SUBJECT);
        testData.attachRequiredDocuments(applicant.id(), orderId);
        changeOrders.submit(actor, orderId, version(orderId));
        return orderId;
    }

    /** A website change (new name, the domains replaced) submitted for provider review. */
    public UUID submittedWebsiteChange(TestAccount applicant, UUID subjectId, String newName, List<String> domains) {
        Actor actor = Actor.applicant(applicant.id());
        var website = filings.subject(subjectId).websites().get(0);
        UUID orderId = changeOrders.start(actor, subjectId, ChangeType.WEBSITE_CHANGE, website.id());
        WebsiteDetails current = website.details();
        var result = changeOrders.saveWebsite(
                actor, orderId, version(orderId), current.withName(newName), domains, Section.DOMAINS);
        if (!result.isValid()) {
            throw new IllegalStateException("test website change refused: " + result);
        }
        testData.attachRequiredDocuments(applicant.id(), orderId);
        changeOrders.submit(actor, orderId, version(orderId));
        return orderId;
    }

    /** Claimed and passed by the reviewer, photo uploaded and submitted: the order waits for the photo review. */
    public void toPhotoReview(TestAccount applicant, Actor reviewer, UUID orderId) {
        decisions.claim(reviewer, orderId);
        decisions.pass(reviewer, orderId, version(orderId), null);
        testData.attachVerificationPhoto(applicant.id(), orderId);
        changeOrders.submitVerification(Actor.applicant(applicant.id()), orderId, version(orderId));
    }

    /** From the photo review to the administration's review (a province without SMS verification). */
    public void toAuthorityReview(Actor reviewer, UUID orderId) {
        decisions.passVerification(reviewer, orderId, version(orderId));
        decisions.submitToAdministration(reviewer, orderId, version(orderId));
    }

    public long version(UUID orderId) {
        return decisions.find(orderId).version();
    }
}
