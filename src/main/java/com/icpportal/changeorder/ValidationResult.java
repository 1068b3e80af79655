package com.icpportal.changeorder;

import java.util.List;
import java.util.Set;

/**
 * What the validator found: the rules broken, and the domains that have no registration record
 * and so need a domain certificate document (not an error: a reviewer checks the certificate).
 *
 * @param domainsNeedingCertificate ASCII forms
 */
public record ValidationResult(List<Violation> violations, Set<String> domainsNeedingCertificate) {

    public ValidationResult {
        violations = List.copyOf(violations);
        domainsNeedingCertificate = Set.copyOf(domainsNeedingCertificate);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
