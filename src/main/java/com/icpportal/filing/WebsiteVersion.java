package com.icpportal.filing;

import java.time.Instant;
import java.util.List;

/**
 * A website's earlier values and domains (ASCII forms), in force from {@code validFrom} until the
 * change {@code changeReference} replaced them.
 */
public record WebsiteVersion(
        int versionNo,
        Instant validFrom,
        Instant validTo,
        String changeReference,
        WebsiteDetails details,
        List<String> domains) {}
