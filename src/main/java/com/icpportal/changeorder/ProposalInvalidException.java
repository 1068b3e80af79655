package com.icpportal.changeorder;

/** The proposal breaks rules and cannot be submitted: the violations say which, field by field. */
public class ProposalInvalidException extends ChangeOrderException {

    private final ValidationResult result;

    public ProposalInvalidException(ValidationResult result) {
        super("proposal invalid: " + result.violations(), "changeorder.proposalInvalid");
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }
}
