package com.icpportal.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.AnswerRow;
import com.icpportal.changeorder.DeadlineMoveView;
import com.icpportal.changeorder.DocumentStatus;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.TransitionView;
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
    public record TimelineLine(String title, String meta, String move, String note, List<ReasonLine> reasons) {}

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

    /** A message as the template's {@code #{...}} gives it, "??key_locale??" when there is none. */
    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, "??" + key + "_" + locale + "??", locale);
    }
}
