package com.icpportal.province;

import java.util.UUID;

/** A photo site as the admin pages show and edit it, active or not. */
public record PhotoSiteAdminView(
        UUID id, String provinceCode, PhotoSiteDetails details, boolean active, long version) {}
