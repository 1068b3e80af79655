package com.icpportal.document;

import java.io.InputStream;

/** A document and its bytes, for a download the caller has been allowed. */
public record DocumentContent(DocumentView document, InputStream content) {}
