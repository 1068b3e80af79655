package com.icpportal.document;

import static com.icpportal.document.DocumentKind.AUTHENTICITY_COMMITMENT;
import static com.icpportal.document.DocumentKind.AUTHORISATION_LETTER;
import static com.icpportal.document.DocumentKind.BUSINESS_LICENCE;
import static com.icpportal.document.DocumentKind.DOMAIN_CERTIFICATE;
import static com.icpportal.document.DocumentKind.ID_CARD_BACK;
import static com.icpportal.document.DocumentKind.ID_CARD_FRONT;
import static com.icpportal.document.DocumentKind.NAME_CHANGE_PROOF;
import static com.icpportal.province.DomainCertificateRule.ALWAYS;
import static com.icpportal.province.DomainCertificateRule.NEVER;
import static com.icpportal.province.DomainCertificateRule.NEW_DOMAINS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.icpportal.province.DomainCertificateRule;
import com.icpportal.support.PortalTest;

/**
 * The required-documents rules as the database holds them (V8's rows), evaluated for every kind
 * of change: which documents a change needs and, for the domain certificate, why.
 */
@PortalTest
class RequiredDocumentsTest {

    private static final String SUBJECT = "SUBJECT_CHANGE";
    private static final String WEBSITE = "WEBSITE_CHANGE";
    private static final boolean ORGANISATION = true;
    private static final boolean INDIVIDUAL = false;

    /** The reason of every kind but the domain certificate, which has three. */
    private static final Map<DocumentKind, String> REASON = Map.of(
            ID_CARD_FRONT, "document.why.principalId",
            ID_CARD_BACK, "document.why.principalId",
            BUSINESS_LICENCE, "document.why.licence",
            AUTHENTICITY_COMMITMENT, "document.why.commitment",
            NAME_CHANGE_PROOF, "document.why.nameChange",
            AUTHORISATION_LETTER, "document.why.authorisation");

    private static final String DOMAIN_ALWAYS = "document.why.domainAlways";
    private static final String DOMAIN_NEW = "document.why.domainNew";
    private static final String DOMAIN_NO_RECORD = "document.why.domainNoRecord";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    RequiredDocuments requiredDocuments;

    @Autowired
    MessageSource messages;

    /** What changed, in words, for the test's name. */
    enum Changed {
        NOTHING(false, false, false, true),
        DOMAINS_ADDED_OR_REPLACED(true, false, false, true),
        DOMAIN_WITHOUT_RECORD(false, true, false, true),
        DOMAIN_REPLACED_WITHOUT_RECORD(true, true, false, true),
        ORGANISER_NAME(false, false, true, true),
        PRINCIPAL_NOT_LEGAL_REPRESENTATIVE(false, false, false, false),
        NAME_AND_NOT_LEGAL_REPRESENTATIVE(false, false, true, false);

        final boolean domainsAddedOrReplaced;
        final boolean domainWithoutRecord;
        final boolean organiserNameChanged;
        final boolean principalIsLegalRepresentative;

        Changed(
                boolean domainsAddedOrReplaced,
                boolean domainWithoutRecord,
                boolean organiserNameChanged,
                boolean principalIsLegalRepresentative) {
            this.domainsAddedOrReplaced = domainsAddedOrReplaced;
            this.domainWithoutRecord = domainWithoutRecord;
            this.organiserNameChanged = organiserNameChanged;
            this.principalIsLegalRepresentative = principalIsLegalRepresentative;
        }
    }

    static Stream<Arguments> examples() {
        Set<DocumentKind> individual = EnumSet.of(ID_CARD_FRONT, ID_CARD_BACK, AUTHENTICITY_COMMITMENT);
        Set<DocumentKind> organisation =
                EnumSet.of(ID_CARD_FRONT, ID_CARD_BACK, BUSINESS_LICENCE, AUTHENTICITY_COMMITMENT);
        return Stream.of(
                // subject changes: never a domain certificate, whatever the province and the domains
                example(SUBJECT, INDIVIDUAL, NEVER, Changed.NOTHING, individual),
                example(SUBJECT, INDIVIDUAL, ALWAYS, Changed.DOMAIN_REPLACED_WITHOUT_RECORD, individual),
                example(SUBJECT, INDIVIDUAL, NEW_DOMAINS, Changed.ORGANISER_NAME, individual),
                example(SUBJECT, INDIVIDUAL, NEVER, Changed.PRINCIPAL_NOT_LEGAL_REPRESENTATIVE, individual),
                example(SUBJECT, ORGANISATION, NEVER, Changed.NOTHING, organisation),
                example(SUBJECT, ORGANISATION, NEVER, Changed.ORGANISER_NAME, plus(organisation, NAME_CHANGE_PROOF)),
                example(SUBJECT, ORGANISATION, ALWAYS, Changed.NOTHING, organisation),
                example(SUBJECT, ORGANISATION, ALWAYS, Changed.DOMAIN_REPLACED_WITHOUT_RECORD, organisation),
                example(SUBJECT, ORGANISATION, NEW_DOMAINS, Changed.DOMAINS_ADDED_OR_REPLACED, organisation),
                example(
                        SUBJECT,
                        ORGANISATION,
                        NEVER,
                        Changed.PRINCIPAL_NOT_LEGAL_REPRESENTATIVE,
                        plus(organisation, AUTHORISATION_LETTER)),
                example(
                        SUBJECT,
                        ORGANISATION,
                        NEW_DOMAINS,
                        Changed.NAME_AND_NOT_LEGAL_REPRESENTATIVE,
                        plus(organisation, NAME_CHANGE_PROOF, AUTHORISATION_LETTER)),
                // website changes: the domain certificate by the province's rule and the domains
                example(WEBSITE, INDIVIDUAL, NEVER, Changed.NOTHING, individual),
                example(WEBSITE, INDIVIDUAL, NEVER, Changed.DOMAINS_ADDED_OR_REPLACED, individual),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        NEVER,
                        Changed.DOMAIN_WITHOUT_RECORD,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_NO_RECORD),
                example(WEBSITE, INDIVIDUAL, NEW_DOMAINS, Changed.NOTHING, individual),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        NEW_DOMAINS,
                        Changed.DOMAINS_ADDED_OR_REPLACED,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_NEW),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        NEW_DOMAINS,
                        Changed.DOMAIN_REPLACED_WITHOUT_RECORD,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_NEW,
                        DOMAIN_NO_RECORD),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        ALWAYS,
                        Changed.NOTHING,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_ALWAYS),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        ALWAYS,
                        Changed.DOMAINS_ADDED_OR_REPLACED,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_ALWAYS),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        ALWAYS,
                        Changed.DOMAIN_REPLACED_WITHOUT_RECORD,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_ALWAYS,
                        DOMAIN_NO_RECORD),
                example(
                        WEBSITE,
                        INDIVIDUAL,
                        ALWAYS,
                        Changed.PRINCIPAL_NOT_LEGAL_REPRESENTATIVE,
                        plus(individual, DOMAIN_CERTIFICATE),
                        DOMAIN_ALWAYS),
                example(WEBSITE, ORGANISATION, NEVER, Changed.NOTHING, organisation),
                example(WEBSITE, ORGANISATION, NEVER, Changed.DOMAINS_ADDED_OR_REPLACED, organisation),
                example(
                        WEBSITE,
                        ORGANISATION,
                        NEVER,
                        Changed.DOMAIN_WITHOUT_RECORD,
                        plus(organisation, DOMAIN_CERTIFICATE),
                        DOMAIN_NO_RECORD),
                example(
                        WEBSITE,
                        ORGANISATION,
                        NEW_DOMAINS,
                        Changed.DOMAINS_ADDED_OR_REPLACED,
                        plus(organisation, DOMAIN_CERTIFICATE),
                        DOMAIN_NEW),
                example(
                        WEBSITE,
                        ORGANISATION,
                        ALWAYS,
                        Changed.NOTHING,
                        plus(organisation, DOMAIN_CERTIFICATE),
                        DOMAIN_ALWAYS),
                // a website change does not change the organiser's name: no proof, even if told so
                example(WEBSITE, ORGANISATION, NEVER, Changed.ORGANISER_NAME, organisation),
                example(
                        WEBSITE,
                        ORGANISATION,
                        NEVER,
                        Changed.PRINCIPAL_NOT_LEGAL_REPRESENTATIVE,
                        plus(organisation, AUTHORISATION_LETTER)),
                example(
                        WEBSITE,
                        ORGANISATION,
                        NEW_DOMAINS,
                        Changed.NAME_AND_NOT_LEGAL_REPRESENTATIVE,
                        plus(organisation, AUTHORISATION_LETTER)));
    }

    @ParameterizedTest(name = "{0} of an {1} in a {2} province, changed: {3}")
    @MethodSource("examples")
    void requiresExactlyTheseDocuments(
            String changeType,
            String subject,
            DomainCertificateRule rule,
            Changed changed,
            Set<DocumentKind> expected,
            List<String> domainReasons) {
        DocumentNeeds needs = new DocumentNeeds(
                changeType,
                subject.equals("organisation"),
                rule,
                changed.domainsAddedOrReplaced,
                changed.domainWithoutRecord,
                changed.organiserNameChanged,
                changed.principalIsLegalRepresentative);

        Map<DocumentKind, List<String>> required = byKind(requiredDocuments.evaluate(needs));

        assertThat(required.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        required.forEach((kind, reasons) -> {
            if (kind == DOMAIN_CERTIFICATE) {
                assertThat(reasons).as("reasons for the domain certificate").containsExactlyElementsOf(domainReasons);
            } else {
                assertThat(reasons).as("reasons for " + kind).containsExactly(REASON.get(kind));
            }
        });
    }

    /** Every combination, against the rules as the specification states them (an independent reading). */
    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (String changeType : List.of(SUBJECT, WEBSITE)) {
            for (boolean organisation : List.of(true, false)) {
                for (DomainCertificateRule rule : DomainCertificateRule.values()) {
                    for (int flags = 0; flags < 16; flags++) {
                        all.add(Arguments.of(new DocumentNeeds(
                                changeType,
                                organisation,
                                rule,
                                (flags & 1) != 0,
                                (flags & 2) != 0,
                                (flags & 4) != 0,
                                (flags & 8) != 0)));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void everyCombinationFollowsTheStatedRules(DocumentNeeds needs) {
        Map<DocumentKind, List<String>> expected = new EnumMap<>(DocumentKind.class);
        expected.put(ID_CARD_FRONT, List.of(REASON.get(ID_CARD_FRONT)));
        expected.put(ID_CARD_BACK, List.of(REASON.get(ID_CARD_BACK)));
        expected.put(AUTHENTICITY_COMMITMENT, List.of(REASON.get(AUTHENTICITY_COMMITMENT)));
        if (needs.organisation()) {
            expected.put(BUSINESS_LICENCE, List.of(REASON.get(BUSINESS_LICENCE)));
            if (!needs.principalIsLegalRepresentative()) {
                expected.put(AUTHORISATION_LETTER, List.of(REASON.get(AUTHORISATION_LETTER)));
            }
            if (needs.changeType().equals(SUBJECT) && needs.organiserNameChanged()) {
                expected.put(NAME_CHANGE_PROOF, List.of(REASON.get(NAME_CHANGE_PROOF)));
            }
        }
        if (needs.changeType().equals(WEBSITE)) {
            List<String> why = new ArrayList<>();
            if (needs.domainCertificateRule() == ALWAYS) {
                why.add(DOMAIN_ALWAYS);
            }
            if (needs.domainCertificateRule() == NEW_DOMAINS && needs.domainsAddedOrReplaced()) {
                why.add(DOMAIN_NEW);
            }
            if (needs.domainWithoutRecord()) {
                why.add(DOMAIN_NO_RECORD);
            }
            if (!why.isEmpty()) {
                expected.put(DOMAIN_CERTIFICATE, why);
            }
        }

        assertThat(byKind(requiredDocuments.evaluate(needs))).isEqualTo(expected);
    }

    @Test
    void everyKindIsRequiredOnceAndEveryReasonHasItsTextInBothLanguages() {
        List<RequiredDocument> most =
                requiredDocuments.evaluate(new DocumentNeeds(WEBSITE, true, ALWAYS, true, true, true, false));
        assertThat(most).extracting(RequiredDocument::kind).doesNotHaveDuplicates();
        Set<String> keys = most.stream()
                .flatMap(required -> required.reasonKeys().stream())
                .collect(Collectors.toSet());
        keys.add(DOMAIN_NEW);
        keys.add(REASON.get(NAME_CHANGE_PROOF));
        for (String key : keys) {
            for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
                assertThat(messages.getMessage(key, null, null, locale))
                        .as(key + " in " + locale)
                        .isNotBlank();
            }
        }
    }

    /**
     * The rules are kept in memory: a change written by another node (or psql) is seen at the next
     * evaluation, through the version the table's trigger moves on (V130).
     */
    @Test
    void aRuleChangedElsewhereIsSeenAtTheNextEvaluation() {
        DocumentNeeds needs = new DocumentNeeds(SUBJECT, true, NEVER, false, false, false, true);
        assertThat(byKind(requiredDocuments.evaluate(needs))).containsKey(BUSINESS_LICENCE);
        try {
            jdbc.update("update document_requirement set condition = 'ORGANISER_NAME_CHANGED' where id = 3");
            assertThat(byKind(requiredDocuments.evaluate(needs))).doesNotContainKey(BUSINESS_LICENCE);
        } finally {
            jdbc.update("update document_requirement set condition = 'ALWAYS' where id = 3");
        }
        assertThat(byKind(requiredDocuments.evaluate(needs))).containsKey(BUSINESS_LICENCE);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Arguments example(
            String changeType,
            boolean organisation,
            DomainCertificateRule rule,
            Changed changed,
            Set<DocumentKind> expected,
            String... domainReasons) {
        return Arguments.of(
                changeType,
                organisation ? "organisation" : "individual",
                rule,
                changed,
                expected,
                List.of(domainReasons));
    }

    private static Set<DocumentKind> plus(Set<DocumentKind> kinds, DocumentKind... more) {
        Set<DocumentKind> all = EnumSet.copyOf(kinds);
        all.addAll(List.of(more));
        return all;
    }

    private static Map<DocumentKind, List<String>> byKind(List<RequiredDocument> required) {
        Map<DocumentKind, List<String>> byKind = new LinkedHashMap<>();
        for (RequiredDocument document : required) {
            assertThat(byKind.put(document.kind(), document.reasonKeys()))
                    .as("required once: " + document.kind())
                    .isNull();
        }
        return byKind;
    }
}
