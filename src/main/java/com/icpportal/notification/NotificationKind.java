package com.icpportal.notification;

/** What a message is about: each has its subject, what happened and what to do next in the messages files. */
public enum NotificationKind {
    SUBMITTED,
    RESUBMITTED,
    RETURNED,
    PROVIDER_REJECTED,
    PHOTO_NEEDED,
    PHOTO_RECEIVED,
    PHOTO_RETURNED,
    VERIFICATION_PASSED,
    SUBMITTED_TO_ADMINISTRATION,
    SMS_VERIFICATION_STARTED,
    SMS_VERIFICATION_COMPLETED,
    SMS_VERIFICATION_FAILED,
    APPROVED,
    REJECTED_BY_ADMINISTRATION,
    WITHDRAWN,
    SMS_DEADLINE_REMINDER,
    ORDER_OVERDUE,
    ACCOUNT_LINK,
    VERIFICATION_CODE;

    String key() {
        return "notify." + name();
    }
}
