package com.icpportal.changeorder;

/**
 * A proposal tried to change what a change order never may: the province, the subject type, or
 * the subject's certificate. That takes a cancellation and a new filing.
 */
public class ImmutableFieldException extends ChangeOrderException {

    private final String fieldKey;

    public ImmutableFieldException(String fieldKey) {
        super("a change order cannot change " + fieldKey, "changeorder.immutable." + fieldKey);
        this.fieldKey = fieldKey;
    }

    public String fieldKey() {
        return fieldKey;
    }
}
