package com.icpportal.filing;

import java.time.LocalDate;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The person responsible (负责人) for a subject or a website.
 *
 * @param certificateValidTo null when the certificate is valid long-term
 */
@Embeddable
public record Principal(
        String name,
        @Enumerated(EnumType.STRING) CertificateType certificateType,
        String certificateNumber,
        LocalDate certificateValidFrom,
        LocalDate certificateValidTo,
        boolean certificateLongTerm,
        String mobile,
        String emergencyPhone,
        String email) {}
