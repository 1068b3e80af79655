package com.icpportal.changeorder;

/** The order is not in a state where this action is possible (shown as a 409 page). */
public class IllegalTransitionException extends ChangeOrderException {

    private final OrderState state;
    private final Action action;

    public IllegalTransitionException(String reference, OrderState state, Action action) {
        super(
                "cannot " + action + " order " + reference + " in state " + state,
                "changeorder.illegalTransition",
                reference,
                "enum.OrderState." + state.name(),
                "enum.Action." + action.name());
        this.state = state;
        this.action = action;
    }

    public OrderState state() {
        return state;
    }

    public Action action() {
        return action;
    }
}
