package com.icpportal.changeorder;

import java.time.Instant;

import com.icpportal.values.MobileNumber;

/**
 * A mobile that must confirm the administration's SMS code.
 *
 * @param mobile        the 11 digits (staff and the principal typing it see it; applicants' pages show {@link #masked()})
 * @param verifiedAt    when it was verified, or null
 * @param wrongAttempts wrong codes entered so far
 */
public record SmsMobileView(String mobile, Instant verifiedAt, int wrongAttempts) {

    public boolean verified() {
        return verifiedAt != null;
    }

    /** E.g. {@code 138****5678}. */
    public String masked() {
        return MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).masked() : "***";
    }
}
