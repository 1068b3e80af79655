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
    /** Before V70: one per overdue order and reviewer; old rows keep it. */
    ORDER_OVERDUE,
    /** The digest of overdue orders: one unread notice per reviewer whose count grows, one email a day. */
    ORDERS_OVERDUE,
    ACCOUNT_LINK,
    VERIFICATION_CODE;

    String key() {
        return "notify." + name();
    }
}
