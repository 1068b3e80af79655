package com.icpportal.filing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DomainRegistrationRepository extends Repository<DomainRegistration, String> {

    DomainRegistration save(DomainRegistration registration);

    Optional<DomainRegistration> findById(String domain);

    boolean existsById(String domain);

    List<DomainRegistration> findByDomainIn(Collection<String> domains);

    /** Records whose ASCII domain contains {@code part}, after {@code after} in domain order (keyset paging). */
    @Query(
            "select d from DomainRegistration d where d.domain like concat('%', :part, '%') and d.domain > :after order by d.domain")
    List<DomainRegistration> search(String part, String after, Limit limit);
}
