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
        String email) {

    /** This person with another name. */
    public Principal withName(String name) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another certificate type. */
    public Principal withCertificateType(CertificateType certificateType) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another certificate number. */
    public Principal withCertificateNumber(String certificateNumber) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another start of validity. */
    public Principal withCertificateValidFrom(LocalDate certificateValidFrom) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another end of validity. */
    public Principal withCertificateValidTo(LocalDate certificateValidTo) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another long-term flag. */
    public Principal withCertificateLongTerm(boolean certificateLongTerm) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another mobile. */
    public Principal withMobile(String mobile) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another emergency phone. */
    public Principal withEmergencyPhone(String emergencyPhone) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }

    /** This person with another email. */
    public Principal withEmail(String email) {
        return new Principal(
                name,
                certificateType,
                certificateNumber,
                certificateValidFrom,
                certificateValidTo,
                certificateLongTerm,
                mobile,
                emergencyPhone,
                email);
    }
}
