package com.icpportal.province;

import com.icpportal.shared.LocalizedName;

/** An entry of a reference list (a service content type, a pre-approval item). */
public record ReferenceItem(String code, LocalizedName name) {}
