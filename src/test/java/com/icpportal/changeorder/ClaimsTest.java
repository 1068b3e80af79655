package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.account.Role;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Claims decide who may decide (the contact log's "unreachable" rule is tested with the review desk). */
@PortalTest
class ClaimsTest {

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    TestAccount applicant;
    Actor first;
    Actor second;

    @BeforeEach
    void people() {
        applicant = testData.account("claimed", Role.APPLICANT);
        first = Actor.reviewer(testData.account("first", Role.REVIEWER).id());
        second = Actor.reviewer(testData.account("second", Role.REVIEWER).id());
    }

    @Test
    void twoReviewersClaimingAtOnceOneWinsAndTheOtherIsToldWho() throws Exception {
        UUID orderId = submittedOrder("北京认领竞争有限公司");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<ClaimResult> byFirst = () -> {
            go.await();
            return decisions.claim(first, orderId);
        };
        Callable<ClaimResult> bySecond = () -> {
            go.await();
            return decisions.claim(second, orderId);
        };
        Future<ClaimResult> one = pool.submit(byFirst);
        Future<ClaimResult> two = pool.submit(bySecond);
        go.countDown();
        ClaimResult a = one.get(30, TimeUnit.SECONDS);
        ClaimResult b = two.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(List.of(a.claimed(), b.claimed())).containsExactlyInAnyOrder(true, false);
        UUID winner = a.claimed() ? first.id() : second.id();
        assertThat(a.holderId()).isEqualTo(winner);
        assertThat(b.holderId()).isEqualTo(winner);
        assertThat(decisions.find(orderId).assigneeId()).isEqualTo(winner);
    }

    @Test
    void decisionsNeedTheClaimAndTheCurrentVersion() {
        UUID orderId = submittedOrder("北京认领决定有限公司");
        long version = decisions.find(orderId).version();
        assertThatThrownBy(() -> decisions.pass(first, orderId, version, null)).isInstanceOf(NotClaimedException.class);
        decisions.claim(first, orderId);
        assertThatThrownBy(() -> decisions.pass(second, orderId, version, null))
                .isInstanceOf(NotClaimedException.class);
        assertThat(decisions.claim(second, orderId).claimed()).isFalse();
        assertThat(decisions.find(orderId).version())
                .as("a claim is not a change of the order")
                .isEqualTo(version);
        assertThatThrownBy(() -> decisions.pass(first, orderId, version - 1, null))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(decisions.pass(first, orderId, version, null).state()).isEqualTo(OrderState.VERIFICATION);
        decisions.release(first, orderId);
        assertThat(decisions.find(orderId).assigneeId()).isNull();
    }

    private UUID submittedOrder(String organiser) {
        var filing = testData.beijingFiling(applicant, organiser, TestData.uniqueDomain("claim"));
        return steps.subjectChange(applicant, filing.id()).address("测试路1号5号").submitted();
    }
}
