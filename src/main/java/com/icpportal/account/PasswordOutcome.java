package com.icpportal.account;

import java.time.Instant;
import java.util.List;

/**
 * What became of a new password: set, or refused with message keys for the password field, or (through a
 * one-time link) refused because the link no longer works, or (on the change page) the current password was wrong.
 *
 * @param sessionGeneration after {@link Status#DONE}, the generation the caller's own session continues under
 * @param retryAt           after {@link Status#DELAYED}, when the current password will be checked again
 */
public record PasswordOutcome(Status status, List<String> problems, long sessionGeneration, Instant retryAt) {

    public enum Status {
        DONE,
        REJECTED,
        LINK_INVALID,
        WRONG_CURRENT_PASSWORD,
        /** Too many wrong current passwords (they count as failed sign-ins): not checked until {@code retryAt}. */
        DELAYED
    }

    static PasswordOutcome done(long generation) {
        return new PasswordOutcome(Status.DONE, List.of(), generation, null);
    }

    static PasswordOutcome rejected(List<String> problems) {
        return new PasswordOutcome(Status.REJECTED, List.copyOf(problems), 0, null);
    }

    static PasswordOutcome delayed(Instant retryAt) {
        return new PasswordOutcome(Status.DELAYED, List.of(), 0, retryAt);
    }

    static PasswordOutcome of(Status status) {
        return new PasswordOutcome(status, List.of(), 0, null);
    }
}
