package com.icpportal.province;

/**
 * Whether a filing in a given province and city may be changed, and who forbids it when not.
 *
 * @param subjectForbiddenBy null when subject changes are allowed
 * @param websiteForbiddenBy null when website changes are allowed
 */
public record ChangePermissions(
        String provinceCode, String cityCode, Authority subjectForbiddenBy, Authority websiteForbiddenBy) {

    /** Who made the rule: the province's administration, or the city's. */
    public enum Authority {
        PROVINCE,
        CITY
    }

    public boolean subjectChangeAllowed() {
        return subjectForbiddenBy == null;
    }

    public boolean websiteChangeAllowed() {
        return websiteForbiddenBy == null;
    }
}
