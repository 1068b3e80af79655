package com.icpportal.changeorder;

/** A mobile that is not among those the administration texted for the order. */
public class UnknownMobileException extends ChangeOrderException {

    public UnknownMobileException(String reference) {
        super("not a mobile texted for " + reference, "changeorder.sms.unknownMobile", reference);
    }
}
