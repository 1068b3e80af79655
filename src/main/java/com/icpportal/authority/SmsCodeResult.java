package com.icpportal.authority;

/**
 * What the simulated administration's verification page answers.
 *
 * @param attemptsLeft after a wrong code, how many more wrong codes the order survives
 */
public record SmsCodeResult(Outcome outcome, int attemptsLeft) {

    public enum Outcome {
        /** The mobile is verified; others still wait. */
        VERIFIED,
        /** The last mobile is verified: the order is with the administration's review. */
        ALL_VERIFIED,
        /** This mobile was verified before. */
        ALREADY_VERIFIED,
        /** Wrong code, counted. */
        WRONG,
        /** Wrong code, the fifth: the order is rejected. */
        REJECTED,
        /** No verification waits for this reference and mobile. */
        NOT_WAITING
    }

    static SmsCodeResult of(Outcome outcome, int attemptsLeft) {
        return new SmsCodeResult(outcome, attemptsLeft);
    }
}
