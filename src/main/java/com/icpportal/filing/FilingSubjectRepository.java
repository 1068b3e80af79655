package com.icpportal.filing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FilingSubjectRepository extends Repository<FilingSubject, UUID> {

    FilingSubject save(FilingSubject subject);

    Optional<FilingSubject> findById(UUID id);

    List<FilingSubject> findAllById(Iterable<UUID> ids);

    boolean existsByIcpNumber(String icpNumber);

    @Query("select s from FilingSubject s where s.ownerId = :ownerId order by s.icpNumber")
    List<FilingSubject> findByOwner(UUID ownerId);

    /** The owner's subjects after {@code after} in ICP number order (keyset paging over V103's index). */
    @Query("select s from FilingSubject s where s.ownerId = :ownerId and s.icpNumber > :after order by s.icpNumber")
    List<FilingSubject> findByOwnerAfter(UUID ownerId, String after, org.springframework.data.domain.Limit limit);

    /** The ICP number and organiser of each subject, in one query (lists of orders show them). */
    @Query("select new com.icpportal.filing.SubjectName(s.id, s.icpNumber, s.details.organiserName)"
            + " from FilingSubject s where s.id in :ids")
    List<SubjectName> findNames(java.util.Collection<UUID> ids);

    @Query("select s from FilingSubject s where s.id = :id and s.ownerId = :ownerId")
    Optional<FilingSubject> findOwned(UUID id, UUID ownerId);
}
