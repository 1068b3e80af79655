package com.icpportal.changeorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.changeorder.UnknownMobileException;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.FilingStatus;
import com.icpportal.filing.Principal;
import com.icpportal.filing.WebsiteDetails;

/** The order's SMS bookkeeping: which mobiles, each once; verified per mobile; wrong codes counted. */
class SmsVerificationTest {

    static final Instant NOW = ChangeOrderStateMachineTest.NOW;
    static final Actor ADMINISTRATION = Actor.authority(null);

    @Test
    void aSubjectChangeTextsTheProposedSubjectPrincipalAndThePrincipalsOfItsActiveWebsitesEachOnce() {
        ChangeOrder order = ChangeOrderStateMachineTest.orderIn(OrderState.AWAITING_SUBMISSION, true);
        FiledSubject filing = filing(
                order,
                List.of(
                        website("13800138000", FilingStatus.ACTIVE),
                        website("13912345678", FilingStatus.ACTIVE),
                        website("13712345678", FilingStatus.CANCELLED)));

        assertThat(order.mobilesToVerify(filing)).containsExactly("13800138000", "13912345678");
    }

    @Test
    void everyMobileVerifiedMovesTheOrderToTheAdministrationsReview() {
        ChangeOrder order = submitted(List.of("13800138000", "13912345678", "13800138000"));
        assertThat(order.smsMobiles()).extracting(SmsMobileView::mobile).containsExactly("13800138000", "13912345678");

        assertThat(order.verifyMobile(ADMINISTRATION, "13912345678", NOW, NOW.plusSeconds(3600)))
                .isFalse();
        assertThat(order.verifyMobile(ADMINISTRATION, "13912345678", NOW, NOW.plusSeconds(3600)))
                .isFalse();
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        assertThat(order.verifyMobile(ADMINISTRATION, "13800138000", NOW, NOW.plusSeconds(3600)))
                .isTrue();

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(order.dueAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void theFifthWrongCodeForAMobileRejects() {
        ChangeOrder order = submitted(List.of("13800138000"));
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(order.refuseSmsCode(
                            ADMINISTRATION, "13800138000", NOW, 5, AdministrationRecords.SMS_ATTEMPTS_EXHAUSTED))
                    .isEqualTo(attempt);
        }
        assertThat(order.state()).isEqualTo(OrderState.SMS_VERIFICATION);
        order.refuseSmsCode(ADMINISTRATION, "13800138000", NOW, 5, AdministrationRecords.SMS_ATTEMPTS_EXHAUSTED);

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REJECTED);
        assertThat(order.currentReasons()).containsExactly(AdministrationRecords.SMS_ATTEMPTS_EXHAUSTED);
    }

    @Test
    void onlyTheAdministrationVerifiesAndOnlyTextedMobiles() {
        ChangeOrder order = submitted(List.of("13800138000"));

        assertThatThrownBy(() -> order.verifyMobile(Actor.reviewer(UUID.randomUUID()), "13800138000", NOW, NOW))
                .isInstanceOf(ActorNotAllowedException.class);
        assertThatThrownBy(() -> order.verifyMobile(ADMINISTRATION, "13700000000", NOW, NOW))
                .isInstanceOf(UnknownMobileException.class);
    }

    @Test
    void withoutAnSmsStepNoMobileIsListed() {
        ChangeOrder order = ChangeOrderStateMachineTest.orderIn(OrderState.AWAITING_SUBMISSION, false);
        order.submitToAdministration(ChangeOrderStateMachineTest.Who.REVIEWER.actor, NOW, NOW, List.of("13800138000"));

        assertThat(order.state()).isEqualTo(OrderState.AUTHORITY_REVIEW);
        assertThat(order.smsMobiles()).isEmpty();
        assertThatThrownBy(() -> order.verifyMobile(ADMINISTRATION, "13800138000", NOW, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static ChangeOrder submitted(List<String> mobiles) {
        ChangeOrder order = ChangeOrderStateMachineTest.orderIn(OrderState.AWAITING_SUBMISSION, true);
        order.submitToAdministration(
                ChangeOrderStateMachineTest.Who.REVIEWER.actor, NOW, NOW.plusSeconds(172_800), mobiles);
        return order;
    }

    private static FiledSubject filing(ChangeOrder order, List<FiledWebsite> websites) {
        return new FiledSubject(
                order.subjectId(),
                "京ICP备00000001号",
                "110000",
                FilingStatus.ACTIVE,
                null,
                order.proposedSubject(),
                null,
                0,
                websites);
    }

    private static FiledWebsite website(String mobile, FilingStatus status) {
        Principal principal = new Principal(
                "王五",
                CertificateType.RESIDENT_ID,
                "11010519491231002X",
                LocalDate.of(2015, 1, 1),
                null,
                true,
                mobile,
                "13900139000",
                "wang@example.test");
        return new FiledWebsite(
                UUID.randomUUID(),
                "京ICP备00000001号-1",
                status,
                new WebsiteDetails("网站", principal, List.of(), List.of(), true, null),
                List.of("example.cn"));
    }
}
