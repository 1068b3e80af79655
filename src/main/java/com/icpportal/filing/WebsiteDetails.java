package com.icpportal.filing;

import java.util.List;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a website filed, apart from its domains (a collection of their own). Kept on the filing, in
 * its history and on a change order's proposal.
 *
 * @param preApprovalNone "none of these" chosen explicitly; then {@code preApprovalItems} is empty
 */
@Embeddable
public record WebsiteDetails(
        String name,

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
        Principal principal,

        @JdbcTypeCode(SqlTypes.ARRAY) List<String> serviceTypes,
        @JdbcTypeCode(SqlTypes.ARRAY) List<String> preApprovalItems,
        boolean preApprovalNone,
        String comment) {

    public WebsiteDetails {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        preApprovalItems = preApprovalItems == null ? List.of() : List.copyOf(preApprovalItems);
    }

    /** These details with another name. */
    public WebsiteDetails withName(String name) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }

    /** These details with another principal. */
    public WebsiteDetails withPrincipal(Principal principal) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }

    /** These details with another list of service types. */
    public WebsiteDetails withServiceTypes(List<String> serviceTypes) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }

    /** These details with another list of pre-approval items. */
    public WebsiteDetails withPreApprovalItems(List<String> preApprovalItems) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }

    /** These details with another "none of these" choice. */
    public WebsiteDetails withPreApprovalNone(boolean preApprovalNone) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }

    /** These details with another comment. */
    public WebsiteDetails withComment(String comment) {
        return new WebsiteDetails(name, principal, serviceTypes, preApprovalItems, preApprovalNone, comment);
    }
}
