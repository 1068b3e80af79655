package com.icpportal.authority;

import java.time.Instant;
import java.util.List;

import com.icpportal.values.MobileNumber;

/**
 * An order's latest submission to the administration as the staff page shows it.
 *
 * @param gateway     the gateway it went through, or null when not submitted
 * @param decideAfter simulated gateway: when its administration decides by itself (null: not yet planned)
 * @param decidedAt   simulated gateway: when it did
 * @param codesSent   simulated gateway: the codes it texted (masked mobiles)
 */
public record AdministrationStep(
        String gateway, Instant submittedAt, Instant decideAfter, Instant decidedAt, List<CodeSent> codesSent) {

    static final AdministrationStep NOT_SUBMITTED = new AdministrationStep(null, null, null, null, List.of());

    public record CodeSent(String maskedMobile, Instant sentAt) {}

    public boolean submitted() {
        return gateway != null;
    }

    static String mask(String mobile) {
        return MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).masked() : "***";
    }
}
