package com.icpportal.changeorder.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ChangeOrderRepository extends Repository<ChangeOrder, UUID> {

    ChangeOrder save(ChangeOrder order);

    ChangeOrder saveAndFlush(ChangeOrder order);

    Optional<ChangeOrder> findById(UUID id);

    Optional<ChangeOrder> findByReference(String reference);

    @Query("select o from ChangeOrder o where o.id = :id and o.applicantId = :applicantId")
    Optional<ChangeOrder> findOwned(UUID id, UUID applicantId);

    /** Every order of an applicant, newest first (the "Your orders" page). */
    @Query("select o from ChangeOrder o where o.applicantId = :applicantId order by o.createdAt desc")
    List<ChangeOrder> findAllOfApplicant(UUID applicantId);

    /** The first page of an applicant's orders, newest first (V103's index, read in order). */
    @Query(value = """
                    select * from change_order o where o.applicant_id = :applicantId
                     order by o.created_at desc, o.id desc limit :limit""", nativeQuery = true)
    List<ChangeOrder> findFirstPageOfApplicant(UUID applicantId, int limit);

    /**
     * A later page of an applicant's orders, newest first, after the order started at
     * {@code afterCreated} with id {@code afterId}: the row comparison bounds the index range, so a
     * deep page reads what the first does.
     */
    @Query(value = """
                    select * from change_order o
                     where o.applicant_id = :applicantId and (o.created_at, o.id) < (:afterCreated, :afterId)
                     order by o.created_at desc, o.id desc limit :limit""", nativeQuery = true)
    List<ChangeOrder> findPageOfApplicant(
            UUID applicantId, java.time.OffsetDateTime afterCreated, UUID afterId, int limit);

    /** Takes the order for a reviewer if nobody holds it; 0 when someone does. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update ChangeOrder o set o.assigneeId = :reviewerId, o.assignedAt = :now where o.id = :id and o.assigneeId is null")
    int claim(UUID id, UUID reviewerId, java.time.Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update ChangeOrder o set o.assigneeId = null, o.assignedAt = null where o.id = :id and o.assigneeId = :reviewerId")
    int release(UUID id, UUID reviewerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ChangeOrder o set o.assigneeId = :reviewerId, o.assignedAt = :now where o.id = :id")
    int assign(UUID id, UUID reviewerId, java.time.Instant now);

    @Query(value = "select nextval('change_order_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    /** SMS_VERIFICATION orders past their deadline, locked for this transaction; rows another holds are skipped. */
    @Query(value = """
            select id from change_order
             where state = 'SMS_VERIFICATION' and due_at <= :now
             order by due_at
             limit :limit
               for update skip locked""", nativeQuery = true)
    List<UUID> lockSmsVerificationsDueBy(java.time.Instant now, int limit);
}
