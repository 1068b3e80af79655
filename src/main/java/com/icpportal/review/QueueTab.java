package com.icpportal.review;

/** The review queue's tabs. */
public enum QueueTab {
    /** Reviews (provider review, photo review) waiting for a decision and held by nobody. */
    UNASSIGNED,
    /** Waiting for the provider (reviews and submission to the administration) and held by the reviewer asking. */
    MINE,
    /** Photo accepted, to be submitted to the administration within one workday; whoever holds it. */
    TO_SUBMIT,
    /** Everything submitted and not finished, whoever's turn it is. */
    OPEN,
    /** Finished: approved, rejected by the provider, withdrawn. */
    DONE
}
