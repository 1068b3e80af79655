package com.icpportal.filing;

public enum FilingStatus {
    ACTIVE,
    CANCELLED
}
