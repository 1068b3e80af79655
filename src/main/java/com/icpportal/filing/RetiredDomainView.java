package com.icpportal.filing;

import java.time.LocalDate;

/** A domain retired by an approved change: no longer servable. */
public record RetiredDomainView(String ascii, String unicode, LocalDate retiredOn, String changeReference) {}
