package com.icpportal.changeorder.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface BackdropRequestRepository extends Repository<BackdropRequest, UUID> {

    BackdropRequest saveAndFlush(BackdropRequest request);

    Optional<BackdropRequest> findById(UUID id);

    @Query("select r from BackdropRequest r where r.orderId = :orderId order by r.requestedAt desc")
    List<BackdropRequest> findByOrder(UUID orderId);

    /** The order's requests as pages show them, latest first: read into views, no entity to track. */
    @Query(
            "select new com.icpportal.changeorder.BackdropRequestView(r.id, r.orderId, r.status, r.provinceCode, r.cityCode,"
                    + " r.districtCode, r.street, r.recipient, r.mobile, r.carrier, r.trackingNumber, r.requestedAt,"
                    + " r.shippedAt, r.receivedAt, r.postcode)"
                    + " from BackdropRequest r where r.orderId = :orderId order by r.requestedAt desc")
    List<com.icpportal.changeorder.BackdropRequestView> findViewsByOrder(
            UUID orderId, org.springframework.data.domain.Limit limit);
}
