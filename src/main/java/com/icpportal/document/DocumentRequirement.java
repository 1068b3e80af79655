package com.icpportal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.province.DomainCertificateRule;

/** One row of the required-documents rules: the kind is required when every set column matches. */
@Entity
@Table(name = "document_requirement")
class DocumentRequirement {

    enum Condition {
        ALWAYS,
        ORGANISER_NAME_CHANGED,
        PRINCIPAL_NOT_LEGAL_REPRESENTATIVE,
        DOMAIN_CERTIFICATE_ALWAYS,
        DOMAINS_ADDED_OR_REPLACED,
        DOMAIN_WITHOUT_RECORD
    }

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    private DocumentKind documentKind;

    private String changeType;

    private String subjectCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition")
    private Condition condition;

    private String reasonKey;

    protected DocumentRequirement() {}

    DocumentRequirement(
            DocumentKind kind, String changeType, String subjectCategory, Condition condition, String reasonKey) {
        this.documentKind = kind;
        this.changeType = changeType;
        this.subjectCategory = subjectCategory;
        this.condition = condition;
        this.reasonKey = reasonKey;
    }

    DocumentKind kind() {
        return documentKind;
    }

    String reasonKey() {
        return reasonKey;
    }

    boolean appliesTo(DocumentNeeds needs) {
        if (changeType != null && !changeType.equals(needs.changeType())) {
            return false;
        }
        if (subjectCategory != null && !subjectCategory.equals(needs.organisation() ? "ORGANISATION" : "INDIVIDUAL")) {
            return false;
        }
        return switch (condition) {
            case ALWAYS -> true;
            case ORGANISER_NAME_CHANGED -> needs.organiserNameChanged();
            case PRINCIPAL_NOT_LEGAL_REPRESENTATIVE -> !needs.principalIsLegalRepresentative();
            case DOMAIN_CERTIFICATE_ALWAYS -> needs.domainCertificateRule() == DomainCertificateRule.ALWAYS;
            case DOMAINS_ADDED_OR_REPLACED ->
                needs.domainCertificateRule() == DomainCertificateRule.NEW_DOMAINS && needs.domainsAddedOrReplaced();
            case DOMAIN_WITHOUT_RECORD -> needs.domainWithoutRecord();
        };
    }
}
