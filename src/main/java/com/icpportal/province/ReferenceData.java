package com.icpportal.province;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrative divisions, service content types and pre-approval items. */
@Service
public class ReferenceData {

    private final ReferenceDataRepository repository;

    ReferenceData(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> serviceTypes() {
        return repository.serviceTypes().stream().map(ServiceType::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ReferenceItem> preApprovalItems() {
        return repository.preApprovalItems().stream().map(PreApprovalItem::view).toList();
    }

    /** The divisions with these codes, by code: one query for a whole page. */
    @Transactional(readOnly = true)
    public Map<String, Division> divisions(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return repository.divisions(codes).stream()
                .map(AdministrativeDivision::view)
                .collect(Collectors.toMap(Division::code, Function.identity()));
    }

    /** The approved domain suffixes in their ASCII form, without the leading dot (cn, com, xn--fiqs8s, ...). */
    @Transactional(readOnly = true)
    public java.util.Set<String> approvedSuffixes() {
        return java.util.Set.copyOf(repository.approvedSuffixes());
    }

    /** The 31 provincial-level divisions. */
    @Transactional(readOnly = true)
    public List<Division> provincialDivisions() {
        return repository.provinces().stream().map(AdministrativeDivision::view).toList();
    }

    /** Every city and district of a province, in code order: one query for a whole form. */
    @Transactional(readOnly = true)
    public List<Division> divisionsOfProvince(String provinceCode) {
        return repository.codedLike(provinceCode.substring(0, 2) + "%").stream()
                .map(AdministrativeDivision::view)
                .filter(division -> !division.code().equals(provinceCode))
                .toList();
    }

    /** The cities of a province, or the districts of a city. */
    @Transactional(readOnly = true)
    public List<Division> children(String parentCode) {
        return repository.children(parentCode).stream()
                .map(AdministrativeDivision::view)
                .toList();
    }
}
