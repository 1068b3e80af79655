package com.icpportal.changeorder;

/**
 * The administration's approval cannot be recorded: an admin cancelled the filing the order
 * changes while the order was with the administration, so there is nothing left to apply it to.
 */
public class FilingCancelledException extends RuntimeException {

    private final String reference;

    public FilingCancelledException(String reference) {
        super("the filing changed by " + reference + " has been cancelled");
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
