package com.icpportal.authority;

import java.util.UUID;

import com.icpportal.values.MobileNumber;

/**
 * The administration asks the portal's SMS channel to text a verification code to one principal.
 * It carries the code because the channel must send it; it is therefore not an audited event, and
 * its {@code toString} hides the code and most of the mobile.
 */
public record SmsCodeRequested(UUID orderId, String reference, String mobile, String code) {

    public String maskedMobile() {
        return MobileNumber.isValid(mobile) ? MobileNumber.parse(mobile).masked() : "***";
    }

    @Override
    public String toString() {
        return "SmsCodeRequested[" + reference + ", " + maskedMobile() + "]";
    }
}
