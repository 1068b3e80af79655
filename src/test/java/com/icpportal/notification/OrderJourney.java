package com.icpportal.notification;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Drives a new order of a new applicant through the states, as the applicant and a reviewer would. */
@Component
class OrderJourney {

    private final Accounts accounts;
    private final TestData testData;
    private final ChangeOrders orders;
    private final ProviderDecisions decisions;
    private final AdministrationRecords records;

    OrderJourney(
            Accounts accounts,
            TestData testData,
            ChangeOrders orders,
            ProviderDecisions decisions,
            AdministrationRecords records) {
        this.accounts = accounts;
        this.testData = testData;
        this.orders = orders;
        this.decisions = decisions;
        this.records = records;
    }

    /** An applicant with this language preference ("en", "zh-CN" or null) and a unique email. */
    TestAccount applicant(String prefix, String locale) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.create(new NewAccount(
                username,
                "Test " + username,
                username + "@example.test",
                TestData.PASSWORD,
                Set.of(Role.APPLICANT),
                locale));
        return new TestAccount(id, username);
    }

    TestAccount reviewer() {
        return testData.account("notify-reviewer", Role.REVIEWER);
    }

    /** A Beijing subject change in AUTHORITY_REVIEW (Beijing needs no SMS verification). */
    ChangeOrderView inAuthorityReview(TestAccount applicant, TestAccount reviewer) {
        var filing = testData.beijingFiling(applicant, "北京通知有限公司", TestData.uniqueDomain("notify"));
        return toAdministration(applicant, reviewer, filing.id());
    }

    /** A Tianjin subject change in SMS_VERIFICATION (48 hours from now on the portal's clock). */
    ChangeOrderView inSmsVerification(TestAccount applicant, TestAccount reviewer) {
        var filing = testData.filing(
                applicant, "120000", "津", "120100", "120101", "天津通知有限公司", TestData.uniqueDomain("notify-sms"));
        return toAdministration(applicant, reviewer, filing.id());
    }

    ChangeOrderView approve(ChangeOrderView order) {
        return records.recordApproval(Actor.authority(null), order.id(), order.version(), null);
    }

    private ChangeOrderView toAdministration(TestAccount applicant, TestAccount reviewerAccount, UUID filingId) {
        Actor actor = Actor.applicant(applicant.id());
        Actor reviewer = Actor.reviewer(reviewerAccount.id());
        UUID orderId = orders.start(actor, filingId, ChangeType.SUBJECT_CHANGE, null);
        testData.attachRequiredDocuments(applicant.id(), orderId);
        ChangeOrderView order = orders.submit(actor, orderId, 0);
        decisions.claim(reviewer, orderId);
        order = decisions.pass(reviewer, orderId, order.version(), null);
        testData.attachVerificationPhoto(applicant.id(), orderId);
        order = orders.submitVerification(actor, orderId, order.version());
        order = decisions.passVerification(reviewer, orderId, order.version());
        return decisions.submitToAdministration(reviewer, orderId, order.version());
    }
}
