package com.icpportal.filing;

/** Who files (主体性质). Fixed for the life of a filing: enterprise and individual never swap. */
public enum SubjectType {
    ENTERPRISE,
    INDIVIDUAL,
    GOVERNMENT_AGENCY,
    PUBLIC_INSTITUTION,
    SOCIAL_ORGANISATION,
    PRIVATE_NON_ENTERPRISE,
    FOUNDATION,
    LAW_FIRM,
    OTHER;

    public boolean isOrganisation() {
        return this != INDIVIDUAL;
    }
}
