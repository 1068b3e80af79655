package com.icpportal.changeorder;

/** The review queue's tabs. */
public enum QueueTab {
    /** Waiting for the provider and held by nobody. */
    UNASSIGNED,
    /** Waiting for the provider and held by the reviewer asking. */
    MINE,
    /** Everything submitted and not finished, whoever's turn it is. */
    OPEN,
    /** Finished: approved, rejected by the provider, withdrawn. */
    DONE
}
