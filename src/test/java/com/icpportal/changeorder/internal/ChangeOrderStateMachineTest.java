package com.icpportal.changeorder.internal;

import static com.icpportal.changeorder.Action.*;
import static com.icpportal.changeorder.OrderState.*;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.ChangeOrderEvent;
import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.RulesSnapshot;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.province.DomainCertificateRule;
import com.icpportal.province.VerificationChannel;

/**
 * Every state × every action × every actor against design.md's table, written out here on its own
 * so that a change to the aggregate that breaks the table fails: allowed moves reach the table's
 * state, record the step and publish their event; the rest throw the specific exception.
 */
class ChangeOrderStateMachineTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final UUID OWNER = UUID.randomUUID();

    /** design.md: the states each action starts from. */
    static final Map<Action, Set<OrderState>> FROM = Map.ofEntries(
            entry(SUBMIT, Set.of(DRAFT)),
            entry(PASS, Set.of(PROVIDER_REVIEW)),
            entry(RETURN, Set.of(PROVIDER_REVIEW)),
            entry(REJECT, Set.of(PROVIDER_REVIEW)),
            entry(RESUBMIT, Set.of(RETURNED)),
            entry(SUBMIT_VERIFICATION, Set.of(VERIFICATION)),
            entry(PASS_VERIFICATION, Set.of(VERIFICATION_REVIEW)),
            entry(RETURN_VERIFICATION, Set.of(VERIFICATION_REVIEW)),
            entry(SUBMIT_TO_ADMINISTRATION, Set.of(AWAITING_SUBMISSION)),
            entry(SMS_VERIFIED, Set.of(SMS_VERIFICATION)),
            entry(SMS_FAILED, Set.of(SMS_VERIFICATION)),
            entry(APPROVE, Set.of(AUTHORITY_REVIEW)),
            entry(AUTHORITY_REJECT, Set.of(AUTHORITY_REVIEW)),
            entry(REVISE, Set.of(AUTHORITY_REJECTED)),
            entry(
                    WITHDRAW,
                    Set.of(
                            DRAFT,
                            PROVIDER_REVIEW,
                            RETURNED,
                            VERIFICATION,
                            VERIFICATION_REVIEW,
                            AWAITING_SUBMISSION,
                            AUTHORITY_REJECTED)));

    /** design.md: where each action leads (SMS required by the snapshot). */
    static final Map<Action, OrderState> TO = Map.ofEntries(
            entry(SUBMIT, PROVIDER_REVIEW),
            entry(PASS, VERIFICATION),
            entry(RETURN, RETURNED),
            entry(REJECT, PROVIDER_REJECTED),
            entry(RESUBMIT, PROVIDER_REVIEW),
            entry(SUBMIT_VERIFICATION, VERIFICATION_REVIEW),
            entry(PASS_VERIFICATION, AWAITING_SUBMISSION),
            entry(RETURN_VERIFICATION, VERIFICATION),
            entry(SUBMIT_TO_ADMINISTRATION, SMS_VERIFICATION),
            entry(SMS_VERIFIED, AUTHORITY_REVIEW),
            entry(SMS_FAILED, AUTHORITY_REJECTED),
            entry(APPROVE, APPROVED),
            entry(AUTHORITY_REJECT, AUTHORITY_REJECTED),
            entry(REVISE, PROVIDER_REVIEW),
            entry(WITHDRAW, WITHDRAWN));

    /** design.md: who moves each action (A, R, S). */
    static final Map<Action, ActorRole> WHO = Map.ofEntries(
            entry(SUBMIT, ActorRole.APPLICANT),
            entry(RESUBMIT, ActorRole.APPLICANT),
            entry(SUBMIT_VERIFICATION, ActorRole.APPLICANT),
            entry(REVISE, ActorRole.APPLICANT),
            entry(WITHDRAW, ActorRole.APPLICANT),
            entry(PASS, ActorRole.REVIEWER),
            entry(RETURN, ActorRole.REVIEWER),
            entry(REJECT, ActorRole.REVIEWER),
            entry(PASS_VERIFICATION, ActorRole.REVIEWER),
            entry(RETURN_VERIFICATION, ActorRole.REVIEWER),
            entry(SUBMIT_TO_ADMINISTRATION, ActorRole.REVIEWER),
            entry(SMS_VERIFIED, ActorRole.AUTHORITY),
            entry(SMS_FAILED, ActorRole.AUTHORITY),
            entry(APPROVE, ActorRole.AUTHORITY),
            entry(AUTHORITY_REJECT, ActorRole.AUTHORITY));

    static final Map<Action, Class<? extends ChangeOrderEvent>> EVENT = Map.ofEntries(
            entry(SUBMIT, ChangeOrderEvent.Submitted.class),
            entry(PASS, ChangeOrderEvent.PassedProviderReview.class),
            entry(RETURN, ChangeOrderEvent.ReturnedForCorrection.class),
            entry(REJECT, ChangeOrderEvent.RejectedByProvider.class),
            entry(RESUBMIT, ChangeOrderEvent.Resubmitted.class),
            entry(SUBMIT_VERIFICATION, ChangeOrderEvent.VerificationSubmitted.class),
            entry(PASS_VERIFICATION, ChangeOrderEvent.VerificationPassed.class),
            entry(RETURN_VERIFICATION, ChangeOrderEvent.VerificationReturned.class),
            entry(SUBMIT_TO_ADMINISTRATION, ChangeOrderEvent.SubmittedToAdministration.class),
            entry(SMS_VERIFIED, ChangeOrderEvent.SmsVerificationCompleted.class),
            entry(SMS_FAILED, ChangeOrderEvent.SmsVerificationFailed.class),
            entry(APPROVE, ChangeOrderEvent.Approved.class),
            entry(AUTHORITY_REJECT, ChangeOrderEvent.RejectedByAdministration.class),
            entry(REVISE, ChangeOrderEvent.Revised.class),
            entry(WITHDRAW, ChangeOrderEvent.Withdrawn.class));

    /** A way to reach each state from a new draft. */
    static final Map<OrderState, List<Action>> PATH = Map.ofEntries(
            entry(DRAFT, List.of()),
            entry(PROVIDER_REVIEW, List.of(SUBMIT)),
            entry(RETURNED, List.of(SUBMIT, RETURN)),
            entry(PROVIDER_REJECTED, List.of(SUBMIT, REJECT)),
            entry(VERIFICATION, List.of(SUBMIT, PASS)),
            entry(VERIFICATION_REVIEW, List.of(SUBMIT, PASS, SUBMIT_VERIFICATION)),
            entry(AWAITING_SUBMISSION, List.of(SUBMIT, PASS, SUBMIT_VERIFICATION, PASS_VERIFICATION)),
            entry(
                    SMS_VERIFICATION,
                    List.of(SUBMIT, PASS, SUBMIT_VERIFICATION, PASS_VERIFICATION, SUBMIT_TO_ADMINISTRATION)),
            entry(
                    AUTHORITY_REVIEW,
                    List.of(
                            SUBMIT,
                            PASS,
                            SUBMIT_VERIFICATION,
                            PASS_VERIFICATION,
                            SUBMIT_TO_ADMINISTRATION,
                            SMS_VERIFIED)),
            entry(
                    AUTHORITY_REJECTED,
                    List.of(
                            SUBMIT,
                            PASS,
                            SUBMIT_VERIFICATION,
                            PASS_VERIFICATION,
                            SUBMIT_TO_ADMINISTRATION,
                            SMS_FAILED)),
            entry(
                    APPROVED,
                    List.of(
                            SUBMIT,
                            PASS,
                            SUBMIT_VERIFICATION,
                            PASS_VERIFICATION,
                            SUBMIT_TO_ADMINISTRATION,
                            SMS_VERIFIED,
                            APPROVE)),
            entry(WITHDRAWN, List.of(WITHDRAW)));

    enum Who {
        OWNER(Actor.applicant(ChangeOrderStateMachineTest.OWNER)),
        OTHER_APPLICANT(Actor.applicant(UUID.randomUUID())),
        REVIEWER(Actor.reviewer(UUID.randomUUID())),
        AUTHORITY(Actor.authority(null));

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStateActionAndActor() {
        assertThat(PATH.keySet()).isEqualTo(EnumSet.allOf(OrderState.class));
        List<DynamicTest> tests = new ArrayList<>();
        for (OrderState state : OrderState.values()) {
            for (Action action : EnumSet.complementOf(EnumSet.of(START))) {
                for (Who who : Who.values()) {
                    tests.add(DynamicTest.dynamicTest(
                            state + " × " + action + " × " + who, () -> check(state, action, who)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(OrderState state, Action action, Who who) {
        ChangeOrder order = orderIn(state, true);
        order.clearEvents();
        int steps = order.timeline().size();
        boolean rightActor =
                WHO.get(action) == who.actor.role() && (who.actor.role() != ActorRole.APPLICANT || who == Who.OWNER);
        boolean rightState = FROM.get(action).contains(state);

        if (!rightActor) {
            assertThatThrownBy(() -> perform(order, action, who.actor)).isInstanceOf(ActorNotAllowedException.class);
        } else if (!rightState) {
            assertThatThrownBy(() -> perform(order, action, who.actor))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.name());
        } else {
            perform(order, action, who.actor);
            assertThat(order.state()).isEqualTo(TO.get(action));
            assertThat(order.events())
                    .singleElement()
                    .isInstanceOf(EVENT.get(action))
                    .satisfies(event -> {
                        assertThat(event.orderId()).isEqualTo(order.id());
                        assertThat(event.reference()).isEqualTo(order.reference());
                        assertThat(event.actorId()).isEqualTo(who.actor.id());
                    });
            TransitionView step = order.timeline().get(order.timeline().size() - 1);
            assertThat(order.timeline()).hasSize(steps + 1);
            assertThat(step.from()).isEqualTo(state);
            assertThat(step.to()).isEqualTo(TO.get(action));
            assertThat(step.actor()).isEqualTo(who.actor);
            assertThat(step.occurredAt()).isEqualTo(NOW);
            return;
        }
        assertThat(order.state()).isEqualTo(state);
        assertThat(order.events()).isEmpty();
        assertThat(order.timeline()).hasSize(steps);
    }

    @Test
    void withoutSmsVerificationTheOrderGoesStraightToTheAdministrationsReview() {
        ChangeOrder order = orderIn(AWAITING_SUBMISSION, false);
        perform(order, SUBMIT_TO_ADMINISTRATION, Who.REVIEWER.actor);
        assertThat(order.state()).isEqualTo(AUTHORITY_REVIEW);
    }

    @Test
    void returnsAndRejectionsNeedReasonsAndKeepThem() {
        ChangeOrder order = orderIn(PROVIDER_REVIEW, true);
        assertThatThrownBy(() -> order.returnForCorrection(Who.REVIEWER.actor, List.of(), NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        List<Reason> reasons = List.of(
                new Reason("principal.mobile", "无人接听", "请提供可接通的号码"),
                new Reason("domains[0].name", "域名持有者不符", null),
                Reason.general("材料不清晰"));
        order.returnForCorrection(Who.REVIEWER.actor, reasons, NOW, "phoned twice");
        assertThat(order.currentReasons()).isEqualTo(reasons);
        assertThat(order.timeline().get(order.timeline().size() - 1).note()).isEqualTo("phoned twice");
    }

    @Test
    void reasonsSpeakTheFieldKeyVocabulary() {
        assertThat(FieldKeys.isValid("principal.mobile")).isTrue();
        assertThat(FieldKeys.isValid("domains[1].name")).isTrue();
        assertThat(FieldKeys.isValid("website.name")).isTrue();
        assertThat(FieldKeys.isValid("document:ID_CARD_FRONT")).isTrue();
        assertThat(FieldKeys.isValid("general")).isTrue();
        assertThat(FieldKeys.isValid("Principal mobile")).isFalse();
        assertThat(FieldKeys.isValid("document:id card")).isFalse();
        assertThatThrownBy(() -> new Reason("<script>", "x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheOwnerEditsAndOnlyWhileEditable() {
        ChangeOrder order = orderIn(DRAFT, true);
        SubjectDetails changed = subject("北京新名称有限公司");
        assertThatThrownBy(() -> order.proposeSubject(Who.OTHER_APPLICANT.actor, changed, NOW))
                .isInstanceOf(ActorNotAllowedException.class);
        order.proposeSubject(Who.OWNER.actor, changed, NOW);
        assertThat(order.proposedSubject().organiserName()).isEqualTo("北京新名称有限公司");
        perform(order, SUBMIT, Who.OWNER.actor);
        assertThatThrownBy(() -> order.proposeSubject(Who.OWNER.actor, subject("又一个名称"), NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    // --- fixtures --------------------------------------------------------------------------------

    static ChangeOrder orderIn(OrderState state, boolean smsRequired) {
        ChangeOrder order = ChangeOrder.subjectChange(
                "CO-2026-000001", UUID.randomUUID(), "110000", Actor.applicant(OWNER), subject("北京示例科技有限公司"), NOW);
        RulesSnapshot rules = new RulesSnapshot(
                NOW, smsRequired, VerificationChannel.PHOTO, DomainCertificateRule.NEW_DOMAINS, 1, 3, 20, false);
        for (Action step : PATH.get(state)) {
            perform(order, step, actorFor(step), rules);
        }
        assertThat(order.state()).isEqualTo(state);
        return order;
    }

    private static Actor actorFor(Action action) {
        return switch (WHO.get(action)) {
            case APPLICANT -> Who.OWNER.actor;
            case REVIEWER -> Who.REVIEWER.actor;
            case AUTHORITY -> Who.AUTHORITY.actor;
        };
    }

    static void perform(ChangeOrder order, Action action, Actor actor) {
        perform(
                order,
                action,
                actor,
                new RulesSnapshot(
                        NOW, true, VerificationChannel.PHOTO, DomainCertificateRule.NEW_DOMAINS, 1, 3, 20, false));
    }

    private static void perform(ChangeOrder order, Action action, Actor actor, RulesSnapshot rules) {
        List<Reason> reasons = List.of(Reason.general("不符合要求"));
        switch (action) {
            case SUBMIT -> order.submit(actor, rules, NOW, NOW.plusSeconds(86_400));
            case PASS -> order.pass(actor, NOW, null);
            case RETURN -> order.returnForCorrection(actor, reasons, NOW, null);
            case REJECT -> order.reject(actor, reasons, NOW, null);
            case RESUBMIT -> order.resubmit(actor, NOW, NOW.plusSeconds(86_400));
            case SUBMIT_VERIFICATION -> order.submitVerification(actor, NOW, NOW.plusSeconds(86_400));
            case PASS_VERIFICATION -> order.passVerification(actor, NOW, NOW.plusSeconds(86_400));
            case RETURN_VERIFICATION ->
                order.returnVerification(actor, new Reason("document:VERIFICATION_PHOTO", "穿了红色衣服", null), NOW);
            case SUBMIT_TO_ADMINISTRATION -> order.submitToAdministration(actor, NOW, NOW.plusSeconds(172_800));
            case SMS_VERIFIED -> order.smsVerified(actor, NOW, NOW.plusSeconds(86_400));
            case SMS_FAILED -> order.smsFailed(actor, Reason.general("48小时内未完成短信核验"), NOW);
            case APPROVE -> order.approve(actor, NOW, null);
            case AUTHORITY_REJECT -> order.rejectByAuthority(actor, reasons, NOW, null);
            case REVISE -> order.revise(actor, NOW, NOW.plusSeconds(86_400));
            case WITHDRAW -> order.withdraw(actor, NOW, null);
            case START -> throw new IllegalArgumentException("START makes a new order");
        }
    }

    static SubjectDetails subject(String organiser) {
        Principal principal = new Principal(
                "张三",
                CertificateType.RESIDENT_ID,
                "11010519491231002X",
                LocalDate.of(2015, 1, 1),
                null,
                true,
                "13800138000",
                "13900139000",
                "zhang@example.test");
        return new SubjectDetails(
                SubjectType.ENTERPRISE,
                organiser,
                CertificateType.USCC,
                "91110105MA01ABCD5F",
                "110100",
                "110105",
                "北京市朝阳区测试路1号",
                "张三",
                principal);
    }
}
