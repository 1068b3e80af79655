package com.icpportal.filing;

/** Orders handled in the provider's main system that block a change while they are in process. */
public enum OtherOrderType {
    NEW_FILING,
    NEW_WEBSITE,
    CANCELLATION,
    ACCESS_CHANGE,
    OTHER
}
