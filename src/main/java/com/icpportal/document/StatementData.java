package com.icpportal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the authenticity statement (真实性承诺书) shows. The caller assembles it from whatever it
 * renders the statement for; codes are the enum names of the filing module, looked up in the
 * messages ({@code enum.SubjectType.<code>}, {@code enum.CertificateType.<code>}).
 *
 * @param reference     the caller's reference printed on the statement, such as CO-2026-000123
 * @param date          the day the statement is issued
 * @param provinceName  the province in Chinese (北京市), as the administration reads it
 * @param subjectType   ENTERPRISE, INDIVIDUAL, ...; every type but INDIVIDUAL seals the statement
 * @param certificateType the subject's certificate: USCC for organisations, RESIDENT_ID, ... for individuals
 */
public record StatementData(
        String reference,
        LocalDate date,
        String provinceName,
        String organiserName,
        String subjectType,
        String certificateType,
        String certificateNumber,
        String address,
        Principal principal,
        List<Website> websites) {

    private static final String INDIVIDUAL = "INDIVIDUAL";

    public StatementData {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(certificateType, "certificateType");
        Objects.requireNonNull(principal, "principal");
        websites = websites == null ? List.of() : List.copyOf(websites);
    }

    /** Organisations put their seal on the statement; individuals only sign it. */
    public boolean isOrganisation() {
        return !INDIVIDUAL.equals(subjectType);
    }

    /**
     * The person responsible (负责人) who signs the statement.
     *
     * @param certificateType RESIDENT_ID, PASSPORT, ...
     */
    public record Principal(
            String name, String certificateType, String certificateNumber, String mobile, String email) {

        public Principal {
            Objects.requireNonNull(certificateType, "certificateType");
        }
    }

    /**
     * A website the statement covers.
     *
     * @param icpNumber its filing number (京ICP备12345678号-1), or null while it has none yet
     * @param domains   in their Unicode form (示例科技.中国), as people read them
     */
    public record Website(String name, String icpNumber, List<String> domains) {

        public Website {
            domains = domains == null ? List.of() : List.copyOf(domains);
        }
    }
}
