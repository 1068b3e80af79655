package com.icpportal.changeorder;

import java.util.List;

/**
 * The parts of a proposal, each with its own page. A section is saved when its own fields break
 * no rule; the whole proposal is checked again before it is sent.
 */
public enum Section {
    SUBJECT("subject."),
    PRINCIPAL("principal."),
    WEBSITE("website."),
    DOMAINS("domains");

    private final String keyPrefix;

    Section(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** Whether a field key (see {@link FieldKeys}) belongs to this section. */
    public boolean owns(String fieldKey) {
        return fieldKey.startsWith(keyPrefix);
    }

    /** The sections of an order of this type, in the order the task list shows them. */
    public static List<Section> of(ChangeType type) {
        return type == ChangeType.SUBJECT_CHANGE ? List.of(SUBJECT, PRINCIPAL) : List.of(WEBSITE, PRINCIPAL, DOMAINS);
    }

    /** Only this section's violations. */
    public ValidationResult filter(ValidationResult result) {
        return new ValidationResult(
                result.violations().stream()
                        .filter(violation -> owns(violation.fieldKey()))
                        .toList(),
                this == DOMAINS ? result.domainsNeedingCertificate() : java.util.Set.of());
    }
}
