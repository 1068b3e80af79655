package com.icpportal.province;

import java.time.Instant;

/**
 * An approved domain suffix in both forms, without the leading dot: {@code xn--fiqs8s} and {@code 中国}.
 */
public record ApprovedSuffixView(String ascii, String unicode, Instant createdAt) {

    /** Whether the two forms differ (an internationalised suffix). */
    public boolean internationalised() {
        return !ascii.equals(unicode);
    }
}
