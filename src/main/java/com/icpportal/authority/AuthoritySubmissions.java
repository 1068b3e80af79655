package com.icpportal.authority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuthoritySubmissions extends JpaRepository<AuthoritySubmission, UUID> {

    /** Simulated submissions due for the administration's own decision, locked; rows another node holds are skipped. */
    @Query(value = """
            select order_id from authority_submission
             where gateway = 'simulated' and decided_at is null and decide_after <= :now
             order by decide_after
             limit :limit
               for update skip locked""", nativeQuery = true)
    List<UUID> lockDueForDecision(Instant now, int limit);
}
