package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icpportal.account.Role;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.shared.NotFoundException;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The order pages read an order with plain SQL ({@code OrderViewReads}) instead of loading the
 * aggregate: the view they get is equal, field by field, to the one built from the aggregate, for
 * orders whose embedded values, collections and rules snapshot are empty and full; and someone
 * else's order is still "not found".
 */
@PortalTest
class OrderViewReadsTest {

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    DomainRegistrations registrations;

    @Autowired
    BackdropRequests backdrops;

    @Test
    void aSubjectChangeDraftReadsAsTheAggregateDoes() {
        TestAccount applicant = testData.account("view-reads", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京视图读取有限公司", TestData.uniqueDomain("view"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).address("视图路1号").draft();

        ChangeOrderView read = changeOrders.overview(applicant.id(), orderId).order();

        assertThat(read.proposedSubject()).isNotNull();
        assertThat(read.proposedWebsite()).isNull();
        assertThat(read.rules()).isNull();
        assertThat(read).isEqualTo(decisions.find(orderId));
    }

    @Test
    void aReturnedWebsiteChangeReadsWithItsDomainsTimelineAndReasons() {
        TestAccount applicant = testData.account("view-reads", Role.APPLICANT);
        TestAccount reviewer = testData.account("view-reviewer", Role.REVIEWER);
        String kept = TestData.uniqueDomain("view-kept");
        String added = TestData.uniqueDomain("view-added");
        var filing = testData.beijingFiling(applicant, "北京视图网站有限公司", kept);
        registrations.record(added, "北京视图网站有限公司", true, LocalDate.of(2027, 6, 30), "test");
        UUID orderId = steps.websiteChange(applicant, filing.id())
                .website("新视图网站", List.of(added))
                .reviewer(reviewer)
                .claimed();
        decisions.returnForCorrection(
                Actor.reviewer(reviewer.id()),
                orderId,
                steps.version(orderId),
                List.of(new Reason("website.name", "名称不符", null), new Reason("principal.mobile", "号码有误", "请核对")),
                "请修改");

        ChangeOrderView read = changeOrders.overview(applicant.id(), orderId).order();

        assertThat(read.state()).isEqualTo(OrderState.RETURNED);
        assertThat(read.proposedDomains()).containsExactly(added);
        assertThat(read.currentReasons()).hasSize(2);
        assertThat(read.rules()).isNotNull();
        assertThat(read).isEqualTo(decisions.find(orderId));
        // the staff's case page reads the same view, without the ownership condition
        assertThat(changeOrders.overviewForStaff(orderId).order()).isEqualTo(read);
    }

    @Test
    void anOrderInSmsVerificationReadsWithItsMobiles() {
        TestAccount applicant = testData.account("view-reads", Role.APPLICANT);
        TestAccount reviewer = testData.account("view-reviewer", Role.REVIEWER);
        UUID orderId = steps.awaitingSubmission(applicant, reviewer.id(), true, "13912345678");
        decisions.submitToAdministration(Actor.reviewer(reviewer.id()), orderId, steps.version(orderId));

        ChangeOrderView read = changeOrders.overview(applicant.id(), orderId).order();

        assertThat(read.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(read.smsMobiles()).isNotEmpty();
        assertThat(read).isEqualTo(decisions.find(orderId));
        assertThat(changeOrders.overviewForStaff(orderId).order()).isEqualTo(read);
    }

    @Test
    void theCaseReadsTheOrderWithItsLatestBackdropAsTheirOwnReadsDo() {
        TestAccount applicant = testData.account("view-reads", Role.APPLICANT);
        TestAccount reviewer = testData.account("view-reviewer", Role.REVIEWER);
        var filing = testData.beijingFiling(applicant, "北京视图背景有限公司", TestData.uniqueDomain("view"));
        UUID orderId =
                steps.subjectChange(applicant, filing.id()).address("视图路3号").submitted();
        assertThat(changeOrders.caseForStaff(orderId).backdrop()).isNull();
        Actor staff = Actor.reviewer(reviewer.id());
        decisions.claim(staff, orderId);
        decisions.pass(staff, orderId, steps.version(orderId), null);
        Actor owner = Actor.applicant(applicant.id());
        assertThat(backdrops.request(
                        owner,
                        orderId,
                        new BackdropAddress("110000", "110100", "110105", "建国路甲10号5楼", "张伟", "13812345678", "100022")))
                .isEmpty();
        var first = backdrops.latest(orderId).orElseThrow();
        backdrops.markShipped(staff, first.id(), "顺丰", "SF123");
        backdrops.markReceived(owner, first.id());
        assertThat(backdrops.request(
                        owner,
                        orderId,
                        new BackdropAddress("110000", "110100", null, "建国路乙2号", "李娜", "13912345678", "100020")))
                .isEmpty();

        StaffCase read = changeOrders.caseForStaff(orderId);

        assertThat(read.backdrop()).isEqualTo(backdrops.latest(orderId).orElseThrow());
        assertThat(read.backdrop().street()).isEqualTo("建国路乙2号");
        assertThat(read.overview().order()).isEqualTo(decisions.find(orderId));
        assertThat(read.overview().order().timeline()).isNotEmpty();
        assertThat(read.deadlineMoves()).isEmpty();
    }

    @Test
    void someoneElsesOrderIsNotFound() {
        TestAccount applicant = testData.account("view-reads", Role.APPLICANT);
        TestAccount other = testData.account("view-other", Role.APPLICANT);
        var filing = testData.beijingFiling(applicant, "北京视图他人有限公司", TestData.uniqueDomain("view"));
        UUID orderId = steps.subjectChange(applicant, filing.id()).draft();

        assertThatThrownBy(() -> changeOrders.overview(other.id(), orderId)).isInstanceOf(NotFoundException.class);
    }
}
