package com.icpportal.review.web;

import java.util.List;

/**
 * What the case page prints outside its forms, every text and condition already decided in Java
 * ({@link CaseTexts#caseView}), so that each becomes one plain expression in the template instead of
 * enum-named message keys, state comparisons, nested message calls and a fragment call (issue 20:
 * the case page's render was half of its CPU). Public, with its parts, so that Thymeleaf's SpEL
 * compiler can compile the template's expressions over it (it leaves non-public types interpreted).
 *
 * @param title              "Order CO-…", the page's heading and its title
 * @param administrationStep whether the order has reached the administration's steps (the link to them)
 * @param province           the filing's province in the reader's language
 * @param type               the kind of change in words
 * @param state              the order's state in words (the app's words for an app-verified order's photo steps)
 * @param stateClass         the state tag's classes ("tag" and its colour), as changeorder/order-state's tag has them
 * @param due                the deadline in words; null when the order has none
 * @param rules              the rules taken at submission in words; null when none were taken
 * @param assignee           who holds the order, or that nobody does, in words
 * @param unassigned         whether nobody holds it (the reader may claim it)
 * @param mine               whether the reader holds it
 * @param changed            the comparison's changed rows, first on the page
 * @param unchanged          the comparison's other rows, after them for context
 * @param decision           whether the reader holds the order in provider review: the decision form
 * @param decisionUnavailable why the reader cannot decide, when the order is in provider review and
 *                           someone else (or nobody) holds it; else null
 * @param photoReview        whether the order is in the photo (verification) review
 * @param calls              the logged calls, newest first as the log gives them
 * @param backdrop           the latest backdrop request in words; null when there is none
 * @param reasonOptions      what a decision's reason can be about, in words; empty unless the form shows
 */
public record CaseView(
        String title,
        boolean administrationStep,
        String organiserName,
        String icpNumber,
        String province,
        String type,
        String state,
        String stateClass,
        String due,
        Rules rules,
        String assignee,
        boolean unassigned,
        boolean mine,
        List<CaseTexts.ComparisonLine> changed,
        List<CaseTexts.ComparisonLine> unchanged,
        boolean decision,
        String decisionUnavailable,
        boolean photoReview,
        List<Call> calls,
        Backdrop backdrop,
        List<Option> reasonOptions) {

    /** The province's rules the order took at submission, in words. */
    public record Rules(String sms, String channel, String reviewWindow) {}

    /** A logged call: when, how it went, and the reviewer's note (null when none). */
    public record Call(String when, String outcome, String note) {}

    /**
     * The latest backdrop request: its status and shipment in words ({@code tracking} null until
     * shipped), and which of its forms the reviewer has now.
     */
    public record Backdrop(String status, String tracking, boolean requested, boolean shipped) {}

    /** An option of a reason's "about" list: the field key it sends and its words. */
    public record Option(String value, String text) {}
}
