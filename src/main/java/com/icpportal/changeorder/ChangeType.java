package com.icpportal.changeorder;

/** What an order changes: the subject (主体), or one website (网站). */
public enum ChangeType {
    SUBJECT_CHANGE,
    WEBSITE_CHANGE
}
