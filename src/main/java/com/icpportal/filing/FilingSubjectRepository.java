package com.icpportal.filing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface FilingSubjectRepository extends Repository<FilingSubject, UUID> {

    FilingSubject save(FilingSubject subject);

    Optional<FilingSubject> findById(UUID id);

    List<FilingSubject> findAllById(Iterable<UUID> ids);

    boolean existsByIcpNumber(String icpNumber);
}
