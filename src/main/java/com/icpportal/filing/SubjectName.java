package com.icpportal.filing;

import java.util.UUID;

/** How lists name a filed subject: its ICP number and organiser. */
public record SubjectName(UUID subjectId, String icpNumber, String organiserName) {}
