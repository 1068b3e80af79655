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

    /**
     * Subjects whose ICP number or organiser name contains {@code text} (lower case), or with a
     * website whose ASCII domain contains {@code asciiDomain}, after {@code after} in ICP number
     * order (keyset paging). An empty {@code text} matches every subject.
     */
    @Query("""
            select s from FilingSubject s
            where s.icpNumber > :after
              and (:text = ''
                   or lower(s.icpNumber) like concat('%', :text, '%')
                   or lower(s.details.organiserName) like concat('%', :text, '%')
                   or s.id in (select w.subjectId from FilingWebsite w join w.domains d
                               where d like concat('%', :asciiDomain, '%')))
            order by s.icpNumber""")
    List<FilingSubject> search(
            String text, String asciiDomain, String after, org.springframework.data.domain.Limit limit);

    /** The ICP number and organiser of each subject, in one query (lists of orders show them). */
    @Query("select new com.icpportal.filing.SubjectName(s.id, s.icpNumber, s.details.organiserName)"
            + " from FilingSubject s where s.id in :ids")
    List<SubjectName> findNames(java.util.Collection<UUID> ids);

    @Query("select s from FilingSubject s where s.id = :id and s.ownerId = :ownerId")
    Optional<FilingSubject> findOwned(UUID id, UUID ownerId);
}
