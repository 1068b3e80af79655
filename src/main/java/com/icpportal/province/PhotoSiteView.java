package com.icpportal.province;

import java.util.UUID;

import com.icpportal.shared.LocalizedName;

/** A designated photo site as pages show it. */
public record PhotoSiteView(UUID id, String provinceCode, LocalizedName name, String address, String openingHours) {}
