package com.icpportal.changeorder;

/** How a phone call to the applicant went. */
public enum ContactOutcome {
    REACHED,
    NO_ANSWER
}
