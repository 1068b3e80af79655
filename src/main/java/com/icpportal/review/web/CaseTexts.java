package com.icpportal.review.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.AnswerRow;
import com.icpportal.changeorder.BackdropRequestView;
import com.icpportal.changeorder.BackdropStatus;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.DeadlineMoveView;
import com.icpportal.changeorder.DocumentStatus;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.RulesSnapshot;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.VerificationChannel;
import com.icpportal.review.ContactView;
import com.icpportal.shared.PortalTimes;

/**
 * The case page's repeated parts (the comparison rows, the documents, the timeline) with their
 * words already looked up, so that the template prints each with plain expressions: per row,
 * message keys built from enum names, nested message calls and fragment calls cost more in the
 * template than here (issue 20: the case page's render was 43% of its CPU). The texts are the
 * same messages the template looked up, with the same arguments. The lines are public records so
 * that Thymeleaf's SpEL compiler (spring.thymeleaf.enable-spring-el-compiler) compiles the
 * template's expressions over them: it leaves property reads on non-public types interpreted.
 */
@Component
class CaseTexts {

    private final MessageSource messages;
    private final PortalTimes times;

    CaseTexts(MessageSource messages, PortalTimes times) {
        this.messages = messages;
        this.times = times;
    }

    /** A row of filed against proposed values, with its label in words. */
    public record ComparisonLine(String label, String current, String proposed, boolean changed) {}

    /**
     * A document the order needs and the one attached, if any.
     *
     * @param kind the kind in words; {@code previewAlt} the preview image's alternative text
     */
    public record DocumentLine(
            String kind, UUID id, String displayName, boolean missing, boolean image, String previewAlt) {}

    /** A reason of a timeline step: what it is about, and what is wrong, in words. */
    public record ReasonLine(String target, String text) {}

    /**
     * A line of the timeline: a step (title, time, note and reasons) or a deadline a calendar change
     * moved ({@code move} set).
     */
    public record TimelineLine(String title, String meta, String move, String note, List<ReasonLine> reasons) {

        /** A step with nothing more than its name and time: the template skips the rest at once. */
        public boolean plain() {
            return move == null && note == null && reasons.isEmpty();
        }
    }

    /** An earlier version of the filing: which (number and change), when it held, and its values. */
    public record HistoryText(String title, String valid, List<String> values) {}

    List<HistoryText> history(List<CasePage.HistoryLine> versions, Locale locale) {
        List<HistoryText> lines = new ArrayList<>(versions.size());
        for (CasePage.HistoryLine version : versions) {
            lines.add(new HistoryText(
                    message("review.history.version", locale, version.versionNo(), version.changeReference()),
                    message(
                            "review.history.valid",
                            locale,
                            times.format(version.validFrom()),
                            times.format(version.validTo())),
                    version.values()));
        }
        return lines;
    }

    /** The rows, those that changed first, then the unchanged ones for context. */
    List<ComparisonLine> comparison(List<AnswerRow> rows, Locale locale) {
        List<ComparisonLine> lines = new ArrayList<>(rows.size());
        for (boolean changed : new boolean[] {true, false}) {
            for (AnswerRow row : rows) {
                if (row.changed() == changed) {
                    lines.add(new ComparisonLine(
                            message(row.labelKey(), locale), row.current(), row.proposed(), changed));
                }
            }
        }
        return lines;
    }

    List<DocumentLine> documents(List<DocumentStatus> documents, Locale locale) {
        List<DocumentLine> lines = new ArrayList<>(documents.size());
        for (DocumentStatus status : documents) {
            String kind =
                    message("enum.DocumentKind." + status.required().kind().name(), locale);
            lines.add(
                    status.missing()
                            ? new DocumentLine(kind, null, null, true, false, null)
                            : new DocumentLine(
                                    kind,
                                    status.attached().id(),
                                    status.attached().displayName(),
                                    false,
                                    status.attached().fileKind().isImage(),
                                    message("review.case.previewOf", locale, kind)));
        }
        return lines;
    }

    /** The timeline, newest first, each reason's target named with {@code reasonLabels}. */
    List<TimelineLine> timeline(
            List<CasePage.TimelineItem> items, Map<String, CasePage.ReasonTarget> reasonLabels, Locale locale) {
        List<TimelineLine> lines = new ArrayList<>(items.size());
        for (CasePage.TimelineItem item : items) {
            DeadlineMoveView move = item.move();
            if (move != null) {
                lines.add(new TimelineLine(
                        message("order.deadlineMoved.title", locale),
                        message("order.due.value", locale, times.format(move.movedAt())),
                        message(
                                "order.deadlineMoved." + move.cause().name(),
                                locale,
                                message("enum.OrderState." + move.state().name(), locale),
                                times.format(move.from()),
                                times.format(move.to()),
                                move.day()),
                        null,
                        List.of()));
                continue;
            }
            TransitionView step = item.step();
            List<ReasonLine> reasons = new ArrayList<>(step.reasons().size());
            for (Reason reason : step.reasons()) {
                CasePage.ReasonTarget target = reasonLabels.get(reason.fieldKey());
                reasons.add(new ReasonLine(
                        target.argument() == null
                                ? message(target.labelKey(), locale)
                                : message(target.labelKey(), locale, target.argument()),
                        reason.messageKey() != null ? message(reason.messageKey(), locale) : reason.problem()));
            }
            lines.add(new TimelineLine(
                    message("enum.Action." + step.action().name(), locale),
                    message("order.due.value", locale, times.format(step.occurredAt())),
                    null,
                    step.note(),
                    reasons));
        }
        return lines;
    }

    /**
     * The page's texts and conditions outside its forms ({@link CaseView}), from the overview and
     * the values {@link CasePage} has already read for the page (the province, the comparison lines,
     * the assignee's name, whether the reader holds the order, the calls, the backdrop request, the
     * reason targets), so that nothing is read twice.
     */
    CaseView caseView(
            OrderOverview overview,
            ProvinceRules province,
            String assignee,
            boolean mine,
            List<ComparisonLine> lines,
            List<ContactView> calls,
            BackdropRequestView backdrop,
            List<CasePage.ReasonTarget> targets,
            Locale locale) {
        ChangeOrderView order = overview.order();
        OrderState state = order.state();
        RulesSnapshot rules = order.rules();
        boolean app = rules != null && rules.verificationChannel() == VerificationChannel.APP;
        String title = message("review.case.title", locale, order.reference());
        boolean decision = mine && state == OrderState.PROVIDER_REVIEW;
        String decisionUnavailable = state != OrderState.PROVIDER_REVIEW || mine
                ? null
                : assignee == null
                        ? message("review.decision.claimFirst", locale)
                        : message("review.decision.heldByOther", locale, assignee);
        List<ComparisonLine> changed = new ArrayList<>();
        List<ComparisonLine> unchanged = new ArrayList<>();
        lines.forEach(line -> (line.changed() ? changed : unchanged).add(line));
        return new CaseView(
                title,
                ADMINISTRATION_STATES.contains(state),
                overview.filing().details().organiserName(),
                overview.filing().icpNumber(),
                province.nameIn(locale),
                message("enum.ChangeType." + order.type().name(), locale),
                message(state.messageKey(app), locale),
                "tag " + state.tagClass(),
                order.dueAt() == null ? null : message("order.due.value", locale, times.format(order.dueAt())),
                rules == null ? null : rules(rules, locale),
                assignee == null ? message("review.case.unassigned", locale) : assignee,
                assignee == null,
                mine,
                changed,
                unchanged,
                decision,
                decisionUnavailable,
                state == OrderState.VERIFICATION_REVIEW,
                calls(calls, locale),
                backdrop(backdrop, locale),
                decision ? reasonOptions(targets, locale) : List.of());
    }

    /** The states from which the administration's steps have begun (the page links to them). */
    private static final Set<OrderState> ADMINISTRATION_STATES = EnumSet.of(
            OrderState.AWAITING_SUBMISSION,
            OrderState.SMS_VERIFICATION,
            OrderState.AUTHORITY_REVIEW,
            OrderState.AUTHORITY_REJECTED,
            OrderState.APPROVED);

    private CaseView.Rules rules(RulesSnapshot rules, Locale locale) {
        return new CaseView.Rules(
                message(
                        rules.smsVerificationRequired() ? "admin.provinces.required" : "admin.provinces.notRequired",
                        locale),
                message(
                        "enum.VerificationChannel."
                                + rules.verificationChannel().name(),
                        locale),
                message("admin.provinces.workdays", locale, rules.reviewMinWorkdays(), rules.reviewMaxWorkdays()));
    }

    private List<CaseView.Call> calls(List<ContactView> calls, Locale locale) {
        List<CaseView.Call> lines = new ArrayList<>(calls.size());
        for (ContactView call : calls) {
            lines.add(new CaseView.Call(
                    message("order.due.value", locale, times.format(call.calledAt())),
                    message("review.calls." + call.outcome().name(), locale),
                    call.note()));
        }
        return lines;
    }

    private CaseView.Backdrop backdrop(BackdropRequestView backdrop, Locale locale) {
        if (backdrop == null) {
            return null;
        }
        return new CaseView.Backdrop(
                message("verification.backdrop.status." + backdrop.status().name(), locale),
                backdrop.trackingNumber() == null
                        ? null
                        : message(
                                "verification.backdrop.tracking",
                                locale,
                                backdrop.carrier(),
                                backdrop.trackingNumber()),
                backdrop.status() == BackdropStatus.REQUESTED,
                backdrop.status() == BackdropStatus.SHIPPED);
    }

    /** Each reason target in words, looked up once for the form's three lists. */
    private List<CaseView.Option> reasonOptions(List<CasePage.ReasonTarget> targets, Locale locale) {
        List<CaseView.Option> options = new ArrayList<>(targets.size());
        for (CasePage.ReasonTarget target : targets) {
            options.add(new CaseView.Option(
                    target.fieldKey(),
                    target.argument() == null
                            ? message(target.labelKey(), locale)
                            : message(target.labelKey(), locale, target.argument())));
        }
        return options;
    }

    /** A message as the template's {@code #{...}} gives it, "??key_locale??" when there is none. */
    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, "??" + key + "_" + locale + "??", locale);
    }
}
