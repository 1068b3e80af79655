package com.icpportal.document;

import java.util.List;

/** A document a change needs, with the message keys saying why. */
public record RequiredDocument(DocumentKind kind, List<String> reasonKeys) {}
