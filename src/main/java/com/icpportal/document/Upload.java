package com.icpportal.document;

import java.io.InputStream;
import java.util.UUID;

/**
 * A file someone sends, as the caller describes it.
 *
 * @param reference   the caller's reference (an order's id) the document is attached to, or null
 * @param originalName as the browser sent it; kept only as a sanitised display name
 * @param contentType as the browser declared it; must agree with the content
 */
public record Upload(
        UUID ownerId,
        UUID subjectId,
        String reference,
        DocumentKind kind,
        String originalName,
        String contentType,
        InputStream content) {}
