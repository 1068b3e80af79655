package com.icpportal.province;

import com.icpportal.shared.LocalizedName;

/** A GB/T 2260 administrative division: its six-digit code, its parent's and its name. */
public record Division(String code, String parentCode, LocalizedName name) {}
