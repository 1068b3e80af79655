package com.icpportal.changeorder;

import java.util.EnumSet;
import java.util.Set;

/** Where a change order stands. See design.md for the table of transitions. */
public enum OrderState {
    DRAFT,
    PROVIDER_REVIEW,
    RETURNED,
    PROVIDER_REJECTED,
    VERIFICATION,
    VERIFICATION_REVIEW,
    AWAITING_SUBMISSION,
    SMS_VERIFICATION,
    AUTHORITY_REVIEW,
    AUTHORITY_REJECTED,
    APPROVED,
    WITHDRAWN;

    private static final Set<OrderState> TERMINAL = EnumSet.of(APPROVED, PROVIDER_REJECTED, WITHDRAWN);
    private static final Set<OrderState> EDITABLE = EnumSet.of(DRAFT, RETURNED, AUTHORITY_REJECTED);
    private static final Set<OrderState> PROVIDER_REVIEWS = EnumSet.of(PROVIDER_REVIEW, VERIFICATION_REVIEW);
    private static final Set<OrderState> PROVIDER_STEPS =
            EnumSet.of(PROVIDER_REVIEW, VERIFICATION_REVIEW, AWAITING_SUBMISSION);

    /** Finished: the subject is free for another order. Must match the partial unique index of V7. */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** The applicant may still change the proposal. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** The applicant may withdraw: anything not finished and not held by the administration. */
    public boolean isWithdrawable() {
        return !isTerminal() && this != SMS_VERIFICATION && this != AUTHORITY_REVIEW;
    }

    /**
     * The colour of the state's tag on pages (changeorder/order-state.html): green approved, red
     * returned or rejected, grey draft or withdrawn, blue otherwise. The words say the same; decided
     * here once rather than by a chain of comparisons in the template on every row.
     */
    public String tagClass() {
        return switch (this) {
            case APPROVED -> "tag--green";
            case RETURNED, AUTHORITY_REJECTED, PROVIDER_REJECTED -> "tag--red";
            case DRAFT, WITHDRAWN -> "tag--grey";
            default -> "tag--blue";
        };
    }

    /**
     * The message key of the state's words; an order verified in the administration's app
     * ({@code app}) says its verification steps are no photo steps.
     */
    public String messageKey(boolean app) {
        return app && (this == VERIFICATION || this == VERIFICATION_REVIEW)
                ? "enum.OrderState.app." + name()
                : "enum.OrderState." + name();
    }

    /** The states that are not terminal, as the database's partial index lists them. */
    public static Set<OrderState> open() {
        return EnumSet.complementOf(EnumSet.copyOf(TERMINAL));
    }

    /** Finished: approved, rejected by the provider, withdrawn. */
    public static Set<OrderState> terminal() {
        return EnumSet.copyOf(TERMINAL);
    }

    /** Submitted and not finished, whoever's turn it is: every open state but DRAFT. */
    public static Set<OrderState> inProcess() {
        Set<OrderState> states = open();
        states.remove(DRAFT);
        return states;
    }

    /** Waiting for a reviewer's decision: the provider review and the photo review. */
    public static Set<OrderState> providerReviews() {
        return EnumSet.copyOf(PROVIDER_REVIEWS);
    }

    /**
     * The provider's steps, each with a deadline of the provider's: its two reviews and the
     * submission to the administration.
     */
    public static Set<OrderState> providerSteps() {
        return EnumSet.copyOf(PROVIDER_STEPS);
    }
}
