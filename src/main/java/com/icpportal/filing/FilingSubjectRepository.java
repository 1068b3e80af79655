package com.icpportal.filing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FilingSubjectRepository extends Repository<FilingSubject, UUID> {

    FilingSubject save(FilingSubject subject);

    Optional<FilingSubject> findById(UUID id);

    boolean existsByIcpNumber(String icpNumber);

    @Query("select s from FilingSubject s where s.ownerId = :ownerId order by s.icpNumber")
    List<FilingSubject> findByOwner(UUID ownerId);

    @Query("select s from FilingSubject s where s.id = :id and s.ownerId = :ownerId")
    Optional<FilingSubject> findOwned(UUID id, UUID ownerId);

}
