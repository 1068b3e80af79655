package com.icpportal.changeorder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The home page's answers: why each subject and website may not change now (empty lists when
 * they may), and each subject's open order.
 */
public record HomeEligibility(
        Map<UUID, List<EligibilityReason>> subjects,
        Map<UUID, List<EligibilityReason>> websites,
        Map<UUID, OpenOrderSummary> openOrders) {

    public List<EligibilityReason> subject(UUID subjectId) {
        return subjects.getOrDefault(subjectId, List.of());
    }

    public List<EligibilityReason> website(UUID websiteId) {
        return websites.getOrDefault(websiteId, List.of());
    }

    public OpenOrderSummary openOrder(UUID subjectId) {
        return openOrders.get(subjectId);
    }
}
