package com.icpportal.changeorder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.EligibilityReason;
import com.icpportal.changeorder.EligibilityReason.Kind;
import com.icpportal.changeorder.OrderState;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.FilingStatus;
import com.icpportal.filing.OrderInProcessElsewhere;
import com.icpportal.province.ChangePermissions;

/**
 * Whether a change may start: one function of the filing, the subject's open orders and the
 * province's rules, returning every reason it may not (empty when it may). Pages show the
 * reasons instead of hiding the buttons; the service checks again on every POST.
 */
public final class Eligibility {

    private Eligibility() {}

    /**
     * @param filing      the subject with its websites
     * @param websiteId   the website to change, or null for a subject change
     * @param openOrders  the subject's change orders that are not finished
     * @param permissions what the province (or the subject's city) permits
     */
    public static List<EligibilityReason> evaluate(
            FiledSubject filing,
            ChangeType type,
            UUID websiteId,
            List<OpenOrder> openOrders,
            ChangePermissions permissions) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (filing.status() == FilingStatus.CANCELLED) {
            reasons.add(new EligibilityReason(
                    Kind.CANCELLED, "eligibility.cancelled", filing.icpNumber(), String.valueOf(filing.cancelledOn())));
        } else if (type == ChangeType.WEBSITE_CHANGE) {
            website(filing, websiteId)
                    .filter(website -> website.status() == FilingStatus.CANCELLED)
                    .ifPresent(website -> reasons.add(new EligibilityReason(
                            Kind.CANCELLED, "eligibility.websiteCancelled", website.icpNumber())));
        }
        for (OpenOrder open : openOrders) {
            reasons.add(new EligibilityReason(
                    Kind.OPEN_ORDER,
                    "eligibility.openOrder",
                    open.reference(),
                    open.id().toString()));
        }
        OrderInProcessElsewhere elsewhere = filing.orderInProcess();
        if (elsewhere != null) {
            reasons.add(new EligibilityReason(
                    Kind.OTHER_ORDER_IN_PROCESS,
                    "eligibility.otherOrderInProcess",
                    "enum.OtherOrderType." + elsewhere.type().name(),
                    elsewhere.reference(),
                    String.valueOf(elsewhere.since())));
        }
        ChangePermissions.Authority forbiddenBy =
                type == ChangeType.SUBJECT_CHANGE ? permissions.subjectForbiddenBy() : permissions.websiteForbiddenBy();
        if (forbiddenBy == ChangePermissions.Authority.PROVINCE) {
            reasons.add(new EligibilityReason(
                    Kind.PROVINCE_FORBIDS, "eligibility.provinceForbids." + type.name(), permissions.provinceCode()));
        } else if (forbiddenBy == ChangePermissions.Authority.CITY) {
            reasons.add(new EligibilityReason(
                    Kind.CITY_FORBIDS, "eligibility.cityForbids." + type.name(), permissions.cityCode()));
        }
        return List.copyOf(reasons);
    }

    private static Optional<FiledWebsite> website(FiledSubject filing, UUID websiteId) {
        return filing.websites().stream()
                .filter(website -> website.id().equals(websiteId))
                .findFirst();
    }

    /** An unfinished change order of the subject: its id and reference, for the link to it. */
    public record OpenOrder(UUID id, String reference, OrderState state) {}
}
