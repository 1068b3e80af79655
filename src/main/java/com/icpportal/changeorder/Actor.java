package com.icpportal.changeorder;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts on an order and in which capacity.
 *
 * @param id the account, or null for the administration acting by itself (the simulated gateway)
 */
public record Actor(UUID id, ActorRole role) {

    public Actor {
        Objects.requireNonNull(role, "role");
    }

    public static Actor applicant(UUID accountId) {
        return new Actor(Objects.requireNonNull(accountId), ActorRole.APPLICANT);
    }

    public static Actor reviewer(UUID accountId) {
        return new Actor(Objects.requireNonNull(accountId), ActorRole.REVIEWER);
    }

    /** The administration; {@code recordedBy} is the staff member who recorded its decision, or null. */
    public static Actor authority(UUID recordedBy) {
        return new Actor(recordedBy, ActorRole.AUTHORITY);
    }
}
