package com.icpportal.filing;

import java.time.Instant;

/** A subject's earlier values: in force from {@code validFrom} until the change {@code changeReference} replaced them. */
public record SubjectVersion(
        int versionNo, Instant validFrom, Instant validTo, String changeReference, SubjectDetails details) {}
