package com.icpportal.changeorder;

/** Which calendar change moved a deadline; the words of each say what became of the day. */
public enum DeadlineMoveCause {
    HOLIDAY_ADDED("became a holiday"),
    WORKDAY_ADDED("became a working day"),
    HOLIDAY_REMOVED("is no longer a holiday"),
    WORKDAY_REMOVED("is no longer an adjusted working day"),
    YEAR_IMPORTED("was replaced by an imported calendar year");

    private final String englishWords;

    DeadlineMoveCause(String englishWords) {
        this.englishWords = englishWords;
    }

    /** The audit trail's stored wording (the trail page shows it in the reader's language). */
    public String englishWords() {
        return englishWords;
    }
}
