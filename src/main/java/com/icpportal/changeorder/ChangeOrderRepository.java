package com.icpportal.changeorder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ChangeOrderRepository extends Repository<ChangeOrder, UUID> {

    ChangeOrder save(ChangeOrder order);

    ChangeOrder saveAndFlush(ChangeOrder order);

    Optional<ChangeOrder> findById(UUID id);

    @Query("select o from ChangeOrder o where o.id = :id and o.applicantId = :applicantId")
    Optional<ChangeOrder> findOwned(UUID id, UUID applicantId);

    @Query("select o from ChangeOrder o where o.subjectId in :subjectIds and o.state in :openStates order by o.createdAt")
    List<ChangeOrder> findOpenOfSubjects(Collection<UUID> subjectIds, Collection<OrderState> openStates);

    @Query(value = "select nextval('change_order_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
