package com.icpportal.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.Reason;

/**
 * What the reviewer entered in the decision form: the answer to "What is your decision?", up to
 * three reasons and a note. It travels from the case page to the check step and back in hidden
 * fields, so nothing typed is lost, and is checked the same way at both steps.
 *
 * @param decision {@code pass}, {@code return}, {@code reject} or {@code unreachable}; empty if none chosen
 * @param reasons  always {@link #REASONS} entries, blank ones included (the form shows them again)
 * @param note     a note for the timeline; may be empty
 */
public record DecisionForm(String decision, List<ReasonInput> reasons, String note) {

    /** How many reasons one decision can give. */
    static final int REASONS = 3;

    static final Set<String> DECISIONS = Set.of("pass", "return", "reject", "unreachable");

    /** One reason as typed: what it is about (a field key), the problem and what to do. */
    public record ReasonInput(String field, String problem, String suggestion) {

        public boolean blank() {
            return field.isBlank() && problem.isBlank() && suggestion.isBlank();
        }

        public boolean complete() {
            return FieldKeys.isValid(field) && !problem.isBlank();
        }
    }

    static DecisionForm empty() {
        List<ReasonInput> reasons = new ArrayList<>();
        for (int i = 0; i < REASONS; i++) {
            reasons.add(new ReasonInput("", "", ""));
        }
        return new DecisionForm("", reasons, "");
    }

    /** Reads the form's parameters ({@code decision}, {@code reasonN.field|problem|suggestion}, {@code note}). */
    static DecisionForm from(Map<String, String> form) {
        List<ReasonInput> reasons = new ArrayList<>();
        for (int i = 0; i < REASONS; i++) {
            reasons.add(new ReasonInput(
                    text(form, "reason" + i + ".field"),
                    text(form, "reason" + i + ".problem"),
                    text(form, "reason" + i + ".suggestion")));
        }
        String decision = text(form, "decision");
        return new DecisionForm(DECISIONS.contains(decision) ? decision : "", reasons, text(form, "note"));
    }

    /** Whether the decision gives reasons to the applicant (return and reject do). */
    public boolean needsReasons() {
        return decision.equals("return") || decision.equals("reject");
    }

    /** The complete reasons, in the order typed. */
    List<Reason> completeReasons() {
        return reasons.stream()
                .filter(ReasonInput::complete)
                .map(reason -> new Reason(reason.field(), reason.problem(), reason.suggestion()))
                .toList();
    }

    /**
     * The problems, each at the id of the field it is about (the form focuses the first): no
     * decision; a text longer than kept; for a return or rejection a reason without its problem or
     * its subject, or no reason at all; an "unreachable" rejection the contact log does not allow.
     */
    Map<String, String> errors(boolean unreachableAllowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision.isEmpty()) {
            errors.put("decision-pass", "review.decision.choose");
        } else if (decision.equals("unreachable") && !unreachableAllowed) {
            errors.put("decision-pass", "review.decision.unreachableNotShown");
        }
        for (int i = 0; i < REASONS; i++) {
            ReasonInput reason = reasons.get(i);
            tooLong(errors, "reason" + i + "-problem", reason.problem());
            tooLong(errors, "reason" + i + "-suggestion", reason.suggestion());
            if (needsReasons() && !reason.blank()) {
                if (!FieldKeys.isValid(reason.field())) {
                    errors.putIfAbsent("reason" + i + "-field", "review.decision.fieldNeeded");
                } else if (reason.problem().isBlank()) {
                    errors.putIfAbsent("reason" + i + "-problem", "review.decision.problemNeeded");
                }
            }
        }
        tooLong(errors, "note", note);
        if (needsReasons() && reasons.stream().allMatch(ReasonInput::blank)) {
            errors.put("reason0-problem", "review.decision.reasonNeeded");
        }
        return errors;
    }

    /** The id of the first field with a problem, in the order the form shows them (it gets the focus). */
    static String firstInPageOrder(java.util.Collection<String> ids) {
        List<String> order = new ArrayList<>(List.of("decision-pass"));
        for (int i = 0; i < REASONS; i++) {
            order.addAll(List.of("reason" + i + "-field", "reason" + i + "-problem", "reason" + i + "-suggestion"));
        }
        order.add("note");
        return order.stream().filter(ids::contains).findFirst().orElse(null);
    }

    private static void tooLong(Map<String, String> errors, String id, String text) {
        if (CaseController.tooLong(text)) {
            errors.putIfAbsent(id, CaseController.TEXT_TOO_LONG);
        }
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value;
    }
}
