package com.icpportal.changeorder;

/** Where a mailed backdrop is: requested, shipped (with carrier and tracking number), received. */
public enum BackdropStatus {
    REQUESTED,
    SHIPPED,
    RECEIVED
}
