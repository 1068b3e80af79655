package com.icpportal.filing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a subject filed: the same value object is kept on the filing, in its history and on a
 * change order's proposal, so approving a change copies values instead of translating them.
 * The province is not here: it never changes.
 */
@Embeddable
public record SubjectDetails(
        @Enumerated(EnumType.STRING) SubjectType subjectType,
        String organiserName,
        @Enumerated(EnumType.STRING) CertificateType certificateType,
        String certificateNumber,
        String cityCode,
        String districtCode,
        String address,
        String investor,

        @Embedded
        @AttributeOverride(name = "name", column = @Column(name = "principal_name"))
        @AttributeOverride(name = "certificateType", column = @Column(name = "principal_certificate_type"))
        @AttributeOverride(name = "certificateNumber", column = @Column(name = "principal_certificate_number"))
        @AttributeOverride(name = "certificateValidFrom", column = @Column(name = "principal_certificate_valid_from"))
        @AttributeOverride(name = "certificateValidTo", column = @Column(name = "principal_certificate_valid_to"))
        @AttributeOverride(name = "certificateLongTerm", column = @Column(name = "principal_certificate_long_term"))
        @AttributeOverride(name = "mobile", column = @Column(name = "principal_mobile"))
        @AttributeOverride(name = "emergencyPhone", column = @Column(name = "principal_emergency_phone"))
        @AttributeOverride(name = "email", column = @Column(name = "principal_email"))
        Principal principal) {}
