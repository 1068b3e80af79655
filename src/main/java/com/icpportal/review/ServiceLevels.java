package com.icpportal.review;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.OrderFigures;

/** The provider's service level as the SLA page shows it, from the change-order module's figures. */
@Service
public class ServiceLevels {

    private final OrderFigures figures;

    ServiceLevels(OrderFigures figures) {
        this.figures = figures;
    }

    /** The figures at {@code now}, for one province or (null) all of them; decisions over the last {@link ReviewSla#WINDOW}. */
    @Transactional(readOnly = true)
    public ReviewSla sla(Instant now, String provinceCode) {
        Instant from = now.minus(ReviewSla.WINDOW);
        var byState = figures.openByState(provinceCode);
        long overdue = figures.overdueInProviderSteps(now, provinceCode);
        var decisions = figures.providerReviewsDecided(from, now, provinceCode);
        return new ReviewSla(
                byState,
                overdue,
                decisions.decided(),
                decisions.withDeadline(),
                decisions.decidedInTime(),
                decisions.medianDecision(),
                from,
                now);
    }
}
