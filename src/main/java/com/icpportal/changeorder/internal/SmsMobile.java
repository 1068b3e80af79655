package com.icpportal.changeorder.internal;

import java.time.Instant;
import jakarta.persistence.Embeddable;

import com.icpportal.changeorder.SmsMobileView;

/** One mobile the administration texted for an order's SMS verification: verified when, wrong codes so far. */
@Embeddable
public class SmsMobile {

    private String mobile;

    private Instant verifiedAt;

    private int wrongAttempts;

    protected SmsMobile() {}

    SmsMobile(String mobile) {
        this.mobile = mobile;
    }

    String mobile() {
        return mobile;
    }

    boolean verified() {
        return verifiedAt != null;
    }

    void verify(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = now;
        }
    }

    int countWrongAttempt() {
        return ++wrongAttempts;
    }

    SmsMobileView view() {
        return new SmsMobileView(mobile, verifiedAt, wrongAttempts);
    }
}
