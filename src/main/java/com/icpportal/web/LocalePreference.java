package com.icpportal.web;

import java.util.Locale;
import java.util.Optional;

/** Implemented by the signed-in principal when the user has chosen a language before. */
public interface LocalePreference {

    Optional<Locale> preferredLocale();
}
