package com.icpportal.province;

/** What an admin enters for a designated photo site. */
public record PhotoSiteDetails(String nameZh, String nameEn, String address, String openingHours) {}
