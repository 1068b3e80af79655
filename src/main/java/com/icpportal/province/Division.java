package com.icpportal.province;

import java.time.LocalDate;

import com.icpportal.shared.LocalizedName;

/**
 * A GB/T 2260 administrative division: its six-digit code, its parent's and its name.
 *
 * @param abolished   no longer a division: shown on data filed with it, not offered for new input
 * @param abolishedOn the day it was abolished, when known; null otherwise
 */
public record Division(String code, String parentCode, LocalizedName name, boolean abolished, LocalDate abolishedOn) {}
