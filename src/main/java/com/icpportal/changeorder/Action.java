package com.icpportal.changeorder;

/** Everything that moves a change order, with who may do it. */
public enum Action {
    START(ActorRole.APPLICANT),
    SUBMIT(ActorRole.APPLICANT),
    PASS(ActorRole.REVIEWER),
    RETURN(ActorRole.REVIEWER),
    REJECT(ActorRole.REVIEWER),
    RESUBMIT(ActorRole.APPLICANT),
    SUBMIT_VERIFICATION(ActorRole.APPLICANT),
    PASS_VERIFICATION(ActorRole.REVIEWER),
    RETURN_VERIFICATION(ActorRole.REVIEWER),
    SUBMIT_TO_ADMINISTRATION(ActorRole.REVIEWER),
    SMS_VERIFIED(ActorRole.AUTHORITY),
    SMS_FAILED(ActorRole.AUTHORITY),
    APPROVE(ActorRole.AUTHORITY),
    AUTHORITY_REJECT(ActorRole.AUTHORITY),
    REVISE(ActorRole.APPLICANT),
    WITHDRAW(ActorRole.APPLICANT);

    private final ActorRole performedBy;

    Action(ActorRole performedBy) {
        this.performedBy = performedBy;
    }

    public ActorRole performedBy() {
        return performedBy;
    }
}
