package com.icpportal.changeorder;

/**
 * A pass of the verification step of an order verified in the administration's app, without the
 * reviewer confirming having seen that verification completed. The service refuses it whoever
 * calls (the case page's form checks the same, to show the message at its checkbox).
 */
public class AppVerificationNotConfirmedException extends ChangeOrderException {

    public AppVerificationNotConfirmedException(String reference) {
        super("the app verification of " + reference + " was not confirmed", "review.photo.confirmNeeded");
    }
}
