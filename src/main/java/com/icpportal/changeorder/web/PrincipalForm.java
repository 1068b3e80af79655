package com.icpportal.changeorder.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Principal;

/**
 * The principal section. Dates and the certificate type are kept as typed, so that whatever the
 * person entered comes back to them with the message, never a binding exception.
 */
public class PrincipalForm {

    private String name;
    private String certificateType;
    private String certificateNumber;
    private String validFrom;
    private String validTo;
    private boolean longTerm;
    private String mobile;
    private String emergencyPhone;
    private String email;
    private long version;

    static PrincipalForm from(Principal principal, long version) {
        PrincipalForm form = new PrincipalForm();
        form.name = principal.name();
        form.certificateType = principal.certificateType() == null
                ? null
                : principal.certificateType().name();
        form.certificateNumber = principal.certificateNumber();
        form.validFrom = principal.certificateValidFrom() == null
                ? null
                : principal.certificateValidFrom().toString();
        form.validTo = principal.certificateValidTo() == null
                ? null
                : principal.certificateValidTo().toString();
        form.longTerm = principal.certificateLongTerm();
        form.mobile = principal.mobile();
        form.emergencyPhone = principal.emergencyPhone();
        form.email = principal.email();
        form.version = version;
        return form;
    }

    /** The principal as typed; fields that cannot be read are rejected on {@code errors} and left empty. */
    Principal toPrincipal(BindingResult errors) {
        CertificateType type = null;
        try {
            type = certificateType == null || certificateType.isBlank()
                    ? null
                    : CertificateType.valueOf(certificateType);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("certificateType", "validation.certificateType.choose");
        }
        LocalDate from = date("validFrom", validFrom, errors);
        LocalDate to = longTerm ? null : date("validTo", validTo, errors);
        return new Principal(
                SubjectForm.strip(name),
                type,
                SubjectForm.strip(certificateNumber),
                from,
                to,
                longTerm,
                SubjectForm.strip(mobile),
                SubjectForm.strip(emergencyPhone),
                SubjectForm.strip(email));
    }

    private static LocalDate date(String field, String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "validation.date.format");
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public boolean isLongTerm() {
        return longTerm;
    }

    public void setLongTerm(boolean longTerm) {
        this.longTerm = longTerm;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmergencyPhone() {
        return emergencyPhone;
    }

    public void setEmergencyPhone(String emergencyPhone) {
        this.emergencyPhone = emergencyPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
