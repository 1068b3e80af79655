package com.icpportal.authority;

import java.util.UUID;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;

/**
 * How the portal hands an order to the communications administration. The administration's
 * decisions are the state table's S transitions: with the manual gateway staff record them
 * ({@link AuthorityDecisions}); the simulated one makes them itself.
 */
public interface AuthorityGateway {

    /** {@value AuthoritySettings#MANUAL} or {@value AuthoritySettings#SIMULATED}. */
    String name();

    /**
     * Submits the order (AWAITING_SUBMISSION, on the version the reviewer saw, with the reviewer's
     * claim): it moves to SMS_VERIFICATION or AUTHORITY_REVIEW.
     */
    ChangeOrderView submit(Actor reviewer, UUID orderId, long version);

    /** Whether staff record the administration's decisions by hand. */
    boolean staffRecordDecisions();
}
