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
        Principal principal) {

    /** These details with another subject type. */
    public SubjectDetails withSubjectType(SubjectType subjectType) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another organiser name. */
    public SubjectDetails withOrganiserName(String organiserName) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another certificate type. */
    public SubjectDetails withCertificateType(CertificateType certificateType) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another certificate number. */
    public SubjectDetails withCertificateNumber(String certificateNumber) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another city. */
    public SubjectDetails withCityCode(String cityCode) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another district. */
    public SubjectDetails withDistrictCode(String districtCode) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another address. */
    public SubjectDetails withAddress(String address) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another investor. */
    public SubjectDetails withInvestor(String investor) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }

    /** These details with another principal. */
    public SubjectDetails withPrincipal(Principal principal) {
        return new SubjectDetails(
                subjectType,
                organiserName,
                certificateType,
                certificateNumber,
                cityCode,
                districtCode,
                address,
                investor,
                principal);
    }
}
