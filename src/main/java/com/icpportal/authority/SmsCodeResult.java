package com.icpportal.authority;

/**
 * What the simulated administration's verification page answers.
 *
 * @param attemptsLeft after a wrong code, how many more wrong codes before entries for the mobile
 *     pause (0 when this one paused them)
 */
public record SmsCodeResult(Outcome outcome, int attemptsLeft) {

    public enum Outcome {
        /** The mobile is verified; others still wait. */
        VERIFIED,
        /** The last mobile is verified: the order is with the administration's review. */
        ALL_VERIFIED,
        /** This mobile was verified before. */
        ALREADY_VERIFIED,
        /** Wrong code, counted towards a pause (never towards rejecting the order). */
        WRONG,
        /** Entries for this mobile are paused after wrong codes: nothing was checked. */
        PAUSED,
        /** No verification waits for this reference and mobile. */
        NOT_WAITING
    }

    static SmsCodeResult of(Outcome outcome, int attemptsLeft) {
        return new SmsCodeResult(outcome, attemptsLeft);
    }
}
