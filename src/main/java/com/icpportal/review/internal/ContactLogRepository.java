package com.icpportal.review.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ContactLogRepository extends Repository<ContactLogEntry, UUID> {

    ContactLogEntry save(ContactLogEntry entry);

    @Query("select c from ContactLogEntry c where c.orderId = :orderId order by c.calledAt desc")
    List<ContactLogEntry> findByOrder(UUID orderId);
}
