package com.icpportal.notification;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS,
    NOTICE
}
