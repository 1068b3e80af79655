package com.icpportal.province;

/** A city's override of its province's change permissions; a null permission follows the province. */
public record CityOverride(
        String cityCode,
        String provinceCode,
        Boolean subjectChangeAllowed,
        Boolean websiteChangeAllowed,
        String note,
        long version) {}
