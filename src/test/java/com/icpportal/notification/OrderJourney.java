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
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Drives a new order of a new applicant through the states, as the applicant and a reviewer would. */
@Component
class OrderJourney {

    private final Accounts accounts;
    private final TestData testData;
    private final OrderSteps steps;
    private final ProviderDecisions decisions;
    private final AdministrationRecords records;

    OrderJourney(
            Accounts accounts,
            TestData testData,
            OrderSteps steps,
            ProviderDecisions decisions,
            AdministrationRecords records) {
        this.accounts = accounts;
        this.testData = testData;
        this.steps = steps;
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
        return inState(applicant, reviewer, filing.id(), OrderState.AUTHORITY_REVIEW);
    }

    /** A Tianjin subject change in SMS_VERIFICATION (48 hours from now on the portal's clock). */
    ChangeOrderView inSmsVerification(TestAccount applicant, TestAccount reviewer) {
        var filing = testData.filing(
                applicant, "120000", "津", "120100", "120101", "天津通知有限公司", TestData.uniqueDomain("notify-sms"));
        return inState(applicant, reviewer, filing.id(), OrderState.SMS_VERIFICATION);
    }

    ChangeOrderView approve(ChangeOrderView order) {
        return records.recordApproval(Actor.authority(null), order.id(), order.version(), null);
    }

    private ChangeOrderView inState(TestAccount applicant, TestAccount reviewer, UUID filingId, OrderState state) {
        return decisions.find(
                steps.subjectChange(applicant, filingId).reviewer(reviewer).inState(state));
    }
}
