package com.icpportal.changeorder;

import java.util.List;

/** A change cannot start (or be submitted): the reasons say why and what to do instead. */
public class NotEligibleException extends ChangeOrderException {

    private final List<EligibilityReason> reasons;

    public NotEligibleException(List<EligibilityReason> reasons) {
        super("not eligible: " + reasons, "changeorder.notEligible");
        this.reasons = List.copyOf(reasons);
    }

    public List<EligibilityReason> reasons() {
        return reasons;
    }
}
