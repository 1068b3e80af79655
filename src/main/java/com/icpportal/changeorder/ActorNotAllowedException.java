package com.icpportal.changeorder;

/** This actor may not take this action on this order: the wrong role, or not the order's applicant. */
public class ActorNotAllowedException extends ChangeOrderException {

    public ActorNotAllowedException(String reference, Actor actor, Action action) {
        super(
                actor.role() + " " + actor.id() + " may not " + action + " order " + reference,
                "changeorder.actorNotAllowed",
                reference);
    }
}
