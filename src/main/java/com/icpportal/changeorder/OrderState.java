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

    /** The states that are not terminal, as the database's partial index lists them. */
    public static Set<OrderState> open() {
        return EnumSet.complementOf(EnumSet.copyOf(TERMINAL));
    }
}
