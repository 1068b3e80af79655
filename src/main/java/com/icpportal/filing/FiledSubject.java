package com.icpportal.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A filed subject with its websites, as pages show it. */
public record FiledSubject(
        UUID id,
        String icpNumber,
        String provinceCode,
        FilingStatus status,
        LocalDate cancelledOn,
        SubjectDetails details,
        OrderInProcessElsewhere orderInProcess,
        long version,
        List<FiledWebsite> websites) {}
