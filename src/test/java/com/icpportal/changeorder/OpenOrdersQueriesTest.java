package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.account.Role;
import com.icpportal.filing.Filings;
import com.icpportal.support.PortalTest;
import com.icpportal.support.StatementCounter;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The applicant's home page lists open orders: the number of queries does not grow with the orders. */
@PortalTest
class OpenOrdersQueriesTest {

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

    @Test
    void openOrdersOfManySubjectsTakeAsManyQueriesAsOfOne() {
        TestAccount applicant = testData.account("batch-applicant", Role.APPLICANT);
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID subjectId = testData.beijingFiling(applicant, "批量测试有限公司" + i, TestData.uniqueDomain("batch"))
                    .id();
            UUID websiteId = filings.subject(subjectId).websites().get(0).id();
            changeOrders.start(Actor.applicant(applicant.id()), subjectId, ChangeType.WEBSITE_CHANGE, websiteId);
            subjects.add(subjectId);
        }

        changeOrders.openOrdersOf(subjects); // warm up: first-time work is not what is measured
        long forOne = statementsFor(() ->
                assertThat(changeOrders.openOrdersOf(subjects.subList(0, 1))).hasSize(1));
        long forFour = statementsFor(
                () -> assertThat(changeOrders.openOrdersOf(subjects)).hasSize(4));

        assertThat(forOne).isPositive();
        assertThat(forFour).isLessThanOrEqualTo(forOne);
    }

    /**
     * The statements this thread sends for the work (StatementCounter, around the DataSource): Hibernate's
     * statistics counted every thread's, so a scheduled job running meanwhile made the count differ,
     * and they miss the plain JDBC reads the open orders now use.
     */
    private long statementsFor(Runnable work) {
        StatementCounter.reset();
        try {
            work.run();
            return StatementCounter.counts().statements();
        } finally {
            StatementCounter.stop();
        }
    }
}
