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
}
