package com.icpportal.web;

import java.util.Locale;

/** A signed-in user switched the language; the account keeps it for messages sent later. */
public record LanguageChosen(String username, Locale locale) {}
