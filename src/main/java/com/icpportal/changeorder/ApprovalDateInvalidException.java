package com.icpportal.changeorder;

import java.time.LocalDate;

/**
 * An approval dated wrongly: with no date, or a date after today in China. The service refuses it
 * whoever calls (the staff form checks the same, to show the message at its field).
 */
public class ApprovalDateInvalidException extends ChangeOrderException {

    public ApprovalDateInvalidException(String reference, LocalDate approvedOn, String messageKey) {
        super("the approval of " + reference + " cannot be dated " + approvedOn, messageKey);
    }
}
