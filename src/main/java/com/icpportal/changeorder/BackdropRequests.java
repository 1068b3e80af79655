package com.icpportal.changeorder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.internal.BackdropRequest;
import com.icpportal.changeorder.internal.BackdropRequestRepository;
import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.changeorder.internal.ChangeOrderRepository;
import com.icpportal.province.Division;
import com.icpportal.province.ReferenceData;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.InvalidValueException;
import com.icpportal.values.MobileNumber;

/**
 * Backdrops mailed for the verification photo: the applicant asks for one (at most one open per
 * order) with a mainland China address; staff mark it shipped and received.
 */
@Service
public class BackdropRequests {

    /** China's postcodes are six digits (邮政编码). */
    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("[0-9]{6}");

    private final BackdropRequestRepository requests;
    private final ChangeOrderRepository orders;
    private final ReferenceData referenceData;
    private final Clock clock;

    BackdropRequests(
            BackdropRequestRepository requests,
            ChangeOrderRepository orders,
            ReferenceData referenceData,
            Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** Asks for a backdrop; returns what is wrong with the address instead, and then saves nothing. */
    @Transactional
    public List<Violation> request(Actor applicant, UUID orderId, BackdropAddress address) {
        ChangeOrder order =
                orders.findOwned(orderId, applicant.id()).orElseThrow(() -> new NotFoundException("order " + orderId));
        if (order.state() != OrderState.VERIFICATION) {
            throw new IllegalTransitionException(order.reference(), order.state(), Action.SUBMIT_VERIFICATION);
        }
        List<Violation> violations = validate(address);
        if (requests.findByOrder(orderId).stream()
                .anyMatch(existing -> existing.view().status() != BackdropStatus.RECEIVED)) {
            violations.add(Violation.general("backdrop.alreadyRequested"));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        try {
            requests.saveAndFlush(new BackdropRequest(
                    orderId, address, MobileNumber.parse(address.mobile()).toString(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            return List.of(Violation.general("backdrop.alreadyRequested"));
        }
        return List.of();
    }

    /** The order's latest request, if any. */
    @Transactional(readOnly = true)
    public Optional<BackdropRequestView> latest(UUID orderId) {
        // the latest one only, read as a view (the case page asks on every view)
        return requests.findViewsByOrder(orderId, org.springframework.data.domain.Limit.of(1)).stream()
                .findFirst();
    }

    /** Staff record that the backdrop left, with the carrier and tracking number the applicant can follow. */
    @Transactional
    public BackdropRequestView markShipped(Actor staff, UUID requestId, String carrier, String trackingNumber) {
        requireStaff(staff);
        if (carrier == null || carrier.isBlank() || trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("a shipment needs a carrier and a tracking number");
        }
        BackdropRequest request = load(requestId);
        request.ship(carrier, trackingNumber, clock.instant());
        return requests.saveAndFlush(request).view();
    }

    /** The backdrop arrived: recorded by staff, or by the applicant of the order. */
    @Transactional
    public BackdropRequestView markReceived(Actor actor, UUID requestId) {
        BackdropRequest request = load(requestId);
        if (actor.role() == ActorRole.APPLICANT) {
            orders.findOwned(request.orderId(), actor.id())
                    .orElseThrow(() -> new NotFoundException("request " + requestId));
        } else {
            requireStaff(actor);
        }
        request.receive(clock.instant());
        return requests.saveAndFlush(request).view();
    }

    private List<Violation> validate(BackdropAddress address) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Division> divisions =
                referenceData.divisions(Stream.of(address.provinceCode(), address.cityCode(), address.districtCode())
                        .filter(code -> code != null && !code.isBlank())
                        .collect(Collectors.toSet()));
        Division province = divisions.get(address.provinceCode());
        Division city = divisions.get(address.cityCode());
        if (province == null || province.parentCode() != null) {
            violations.add(new Violation("backdrop.provinceCode", "validation.backdrop.province"));
        } else if (city == null || !province.code().equals(city.parentCode())) {
            violations.add(new Violation("backdrop.cityCode", "validation.city.choose"));
        } else if (address.districtCode() != null
                && !address.districtCode().isBlank()
                && (divisions.get(address.districtCode()) == null
                        || !city.code()
                                .equals(divisions.get(address.districtCode()).parentCode()))) {
            violations.add(new Violation("backdrop.districtCode", "validation.district.notInCity"));
        }
        required(violations, "backdrop.street", address.street(), 300);
        if (address.postcode() == null || address.postcode().isBlank()) {
            violations.add(new Violation("backdrop.postcode", "validation.required"));
        } else if (!POSTCODE.matcher(address.postcode().strip()).matches()) {
            violations.add(new Violation("backdrop.postcode", "validation.backdrop.postcode"));
        }
        required(violations, "backdrop.recipient", address.recipient(), 64);
        if (address.mobile() == null || address.mobile().isBlank()) {
            violations.add(new Violation("backdrop.mobile", "validation.required"));
        } else {
            try {
                MobileNumber.parse(address.mobile());
            } catch (InvalidValueException e) {
                violations.add(new Violation("backdrop.mobile", e.messageKey(), e.arguments()));
            }
        }
        return violations;
    }

    private static void required(List<Violation> violations, String key, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(key, "validation.required"));
        } else if (value.strip().length() > max) {
            violations.add(new Violation(key, "validation.tooLong", max));
        }
    }

    private static void requireStaff(Actor actor) {
        if (actor.role() != ActorRole.REVIEWER) {
            throw new ActorNotAllowedException("backdrop", actor, Action.PASS_VERIFICATION);
        }
    }

    private BackdropRequest load(UUID requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("backdrop request " + requestId));
    }
}
