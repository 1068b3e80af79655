package com.icpportal.filing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DomainRegistrationRepository extends Repository<DomainRegistration, String> {

    DomainRegistration save(DomainRegistration registration);

    Optional<DomainRegistration> findById(String domain);

    List<DomainRegistration> findByDomainIn(Collection<String> domains);
}
