package com.icpportal.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail the way real code can, to prove what the error pages show. */
@RestController
class FailingTestController {

    @GetMapping("/test-failures/bug")
    String bug() {
        throw new IllegalStateException("a bug with a secret: jdbc password hunter2");
    }

    @GetMapping("/test-failures/illegal-transition")
    String illegalTransition() {
        throw new com.icpportal.changeorder.IllegalTransitionException(
                "CO-2026-000001",
                com.icpportal.changeorder.OrderState.APPROVED,
                com.icpportal.changeorder.Action.WITHDRAW);
    }

    @GetMapping("/test-failures/stale")
    String stale() {
        throw new ObjectOptimisticLockingFailureException("FilingSubject", "42");
    }
}
