package com.icpportal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Reason;
import com.icpportal.filing.Filings;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** "Applicant unreachable" needs two unanswered calls an hour apart, logged in the desk's contact log. */
@PortalTest
class ContactLogTest {

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    ContactLog contactLog;

    @Autowired
    OrderSteps orderSteps;

    @Autowired
    Filings filings;

    @Autowired
    TestData testData;

    TestAccount applicant;
    Actor first;

    @BeforeEach
    void people() {
        applicant = testData.account("called", Role.APPLICANT);
        first = Actor.reviewer(testData.account("first", Role.REVIEWER).id());
    }

    @Test
    void unreachableNeedsTwoUnansweredCallsAnHourApart() {
        Instant now = Instant.now();
        UUID oneCall = submittedOrder("北京一次电话有限公司");
        decisions.claim(first, oneCall);
        contactLog.logCall(first, oneCall, ContactOutcome.NO_ANSWER, "无人接听", now.minus(Duration.ofMinutes(90)));
        assertThat(contactLog.unreachable(oneCall)).isFalse();
        assertThatThrownBy(() -> contactLog.rejectUnreachable(
                        first, oneCall, decisions.find(oneCall).version(), Reason.general("多次联系不上申请人")))
                .isInstanceOf(UnreachableNotShownException.class);

        UUID thirtyMinutes = submittedOrder("北京三十分钟有限公司");
        decisions.claim(first, thirtyMinutes);
        contactLog.logCall(first, thirtyMinutes, ContactOutcome.NO_ANSWER, null, now.minus(Duration.ofMinutes(40)));
        contactLog.logCall(first, thirtyMinutes, ContactOutcome.NO_ANSWER, null, now.minus(Duration.ofMinutes(10)));
        assertThat(contactLog.unreachable(thirtyMinutes)).isFalse();

        UUID sixtyOne = submittedOrder("北京六十一分钟有限公司");
        decisions.claim(first, sixtyOne);
        contactLog.logCall(first, sixtyOne, ContactOutcome.NO_ANSWER, null, now.minus(Duration.ofMinutes(70)));
        contactLog.logCall(first, sixtyOne, ContactOutcome.REACHED, "说稍后回电", now.minus(Duration.ofMinutes(40)));
        contactLog.logCall(first, sixtyOne, ContactOutcome.NO_ANSWER, null, now.minus(Duration.ofMinutes(9)));
        assertThat(contactLog.unreachable(sixtyOne)).isTrue();
        ChangeOrderView rejected = contactLog.rejectUnreachable(
                first, sixtyOne, decisions.find(sixtyOne).version(), Reason.general("两次致电无人接听"));
        assertThat(rejected.state()).isEqualTo(OrderState.PROVIDER_REJECTED);
        assertThat(contactLog.calls(sixtyOne)).hasSize(3);
        assertThatThrownBy(() -> contactLog.logCall(
                        first, sixtyOne, ContactOutcome.NO_ANSWER, null, now.plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private UUID submittedOrder(String organiser) {
        var filing = testData.beijingFiling(applicant, organiser, TestData.uniqueDomain("call"));
        return orderSteps
                .subjectChange(applicant, filing.id())
                .address(filings.subject(filing.id()).details().address() + "5号")
                .submitted();
    }
}
