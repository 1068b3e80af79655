package com.icpportal.filing;

/** How many active filed subjects a province has. */
public record ProvinceCount(String provinceCode, long subjects) {
}
