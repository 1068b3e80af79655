package com.icpportal.review;

/** How a phone call to the applicant went. */
public enum ContactOutcome {
    REACHED,
    NO_ANSWER
}
