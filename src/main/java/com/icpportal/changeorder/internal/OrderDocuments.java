package com.icpportal.changeorder.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.DocumentStatus;
import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.ValidationResult;
import com.icpportal.changeorder.Violation;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentNeeds;
import com.icpportal.document.DocumentView;
import com.icpportal.document.Documents;
import com.icpportal.document.RequiredDocuments;
import com.icpportal.filing.FiledSubject;
import com.icpportal.province.DomainCertificateRule;
import com.icpportal.province.Provinces;
import com.icpportal.values.DomainName;

/**
 * Which documents an order needs and which it has: the order describes the change to the
 * document module's rules (it never tells the document module about orders, only a reference).
 */
@Component
public class OrderDocuments {

    private final RequiredDocuments requiredDocuments;
    private final Documents documents;
    private final Provinces provinces;

    OrderDocuments(RequiredDocuments requiredDocuments, Documents documents, Provinces provinces) {
        this.requiredDocuments = requiredDocuments;
        this.documents = documents;
        this.provinces = provinces;
    }

    public static String reference(ChangeOrderView order) {
        return order.id().toString();
    }

    public List<DocumentStatus> statusOf(ChangeOrderView order, FiledSubject filing, ValidationResult check) {
        return statusOf(order, filing, check, attached(order));
    }

    /** The documents attached to the order, by kind (every kind, the verification photo too). */
    public Map<DocumentKind, DocumentView> attached(ChangeOrderView order) {
        return documents.attachedTo(reference(order));
    }

    /** The same status from the order's attachments already read (the case page shows the photo too). */
    public List<DocumentStatus> statusOf(
            ChangeOrderView order,
            FiledSubject filing,
            ValidationResult check,
            Map<DocumentKind, DocumentView> attached) {
        return requiredDocuments.evaluate(needs(order, filing, check)).stream()
                .map(required -> new DocumentStatus(required, attached.get(required.kind())))
                .toList();
    }

    /** The verification photo attached to the order, if any. */
    public java.util.Optional<DocumentView> verificationPhoto(ChangeOrderView order) {
        return java.util.Optional.ofNullable(
                documents.attachedTo(reference(order)).get(DocumentKind.VERIFICATION_PHOTO));
    }

    /**
     * What a document of this kind proves for this order, so that a later order is offered it only
     * where it proves the same: an ID card or authorisation letter the principal (by certificate
     * number), a licence the subject (by its credit code), a domain certificate its domains, a
     * name-change proof the new name. Null for what belongs to one order only (the signed
     * authenticity commitment, the verification photo): never offered again.
     */
    public String proofOf(ChangeOrderView order, FiledSubject filing, ValidationResult check, DocumentKind kind) {
        com.icpportal.filing.Principal principal = order.type() == ChangeType.SUBJECT_CHANGE
                ? order.proposedSubject().principal()
                : order.proposedWebsite().principal();
        return switch (kind) {
            case ID_CARD_FRONT, ID_CARD_BACK, AUTHORISATION_LETTER ->
                principal == null || principal.certificateNumber() == null
                        ? null
                        : "person:" + normalised(principal.certificateNumber());
            case BUSINESS_LICENCE -> "subject:" + normalised(filing.details().certificateNumber());
            case DOMAIN_CERTIFICATE -> {
                java.util.SortedSet<String> domains = new java.util.TreeSet<>(check.domainsNeedingCertificate());
                if (domains.isEmpty()) {
                    domains.addAll(order.proposedDomains() == null ? List.of() : order.proposedDomains());
                }
                yield domains.isEmpty() ? null : "domains:" + String.join(",", domains);
            }
            case NAME_CHANGE_PROOF ->
                order.type() == ChangeType.SUBJECT_CHANGE
                        ? "name:" + order.proposedSubject().organiserName().strip()
                        : null;
            case AUTHENTICITY_COMMITMENT, VERIFICATION_PHOTO -> null;
        };
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A violation for each missing document, keyed {@code document:KIND}. */
    public List<Violation> missing(ChangeOrderView order, FiledSubject filing, ValidationResult check) {
        return statusOf(order, filing, check).stream()
                .filter(DocumentStatus::missing)
                .map(status -> new Violation(
                        FieldKeys.document(status.required().kind().name()),
                        "validation.document.missing",
                        new DefaultMessageSourceResolvable(
                                "enum.DocumentKind." + status.required().kind().name())))
                .toList();
    }

    private DocumentNeeds needs(ChangeOrderView order, FiledSubject filing, ValidationResult check) {
        DomainCertificateRule rule = order.rules() != null
                ? order.rules().domainCertificateRule()
                : provinces.find(filing.provinceCode()).orElseThrow().domainCertificateRule();
        boolean domainsChanged = false;
        if (order.type() == ChangeType.WEBSITE_CHANGE) {
            Set<String> filed = filing.websites().stream()
                    .filter(website -> website.id().equals(order.websiteId()))
                    .flatMap(website -> website.domains().stream())
                    .map(domain -> DomainName.parse(domain).ascii())
                    .collect(java.util.stream.Collectors.toSet());
            domainsChanged = !filed.containsAll(order.proposedDomains());
        }
        boolean nameChanged = order.type() == ChangeType.SUBJECT_CHANGE
                && !filing.details()
                        .organiserName()
                        .equals(order.proposedSubject().organiserName());
        return new DocumentNeeds(
                order.type().name(),
                filing.details().subjectType().isOrganisation(),
                rule,
                domainsChanged,
                !check.domainsNeedingCertificate().isEmpty(),
                nameChanged,
                !Boolean.FALSE.equals(order.principalIsLegalRepresentative()));
    }
}
