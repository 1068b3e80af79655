/**
 * The provider's review desk: the queue (tabs of change orders with deadlines in words), the case
 * page, claims and decisions, the contact log with the "applicant unreachable" rule, and the SLA
 * figures. Orders belong to the change-order module: the desk acts on them only through its API
 * ({@link com.icpportal.changeorder.ProviderDecisions}, the lists of
 * {@link com.icpportal.changeorder.OrderListings} and the figures of
 * {@link com.icpportal.changeorder.OrderFigures}); the contact log is the desk's own table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Review",
        allowedDependencies = {
            "account",
            "calendar",
            "changeorder",
            "document",
            "filing",
            "province",
            "shared",
            "values",
            "web"
        })
package com.icpportal.review;
