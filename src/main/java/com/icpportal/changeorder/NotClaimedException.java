package com.icpportal.changeorder;

/** A decision by a reviewer who does not hold the order (claim it first). */
public class NotClaimedException extends ChangeOrderException {

    public NotClaimedException(String reference) {
        super("decisions on " + reference + " need its claim", "changeorder.notClaimed", reference);
    }
}
