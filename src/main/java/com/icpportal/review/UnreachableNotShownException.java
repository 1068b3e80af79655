package com.icpportal.review;

import com.icpportal.changeorder.ChangeOrderException;

/** "Applicant unreachable" needs two unanswered calls logged at least an hour apart first. */
public class UnreachableNotShownException extends ChangeOrderException {

    public UnreachableNotShownException(String reference) {
        super("applicant of " + reference + " not shown unreachable", "changeorder.unreachableNotShown", reference);
    }
}
