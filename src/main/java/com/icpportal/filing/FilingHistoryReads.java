package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the filing history (earlier versions, retired domains) for pages: one plain
 * statement each, straight into the API records, instead of loading version entities only to copy
 * them. The approval path, which writes the history, keeps reading it through the entities.
 */
@Component
class FilingHistoryReads {

    private static final String SUBJECT_VERSIONS = """
            select version_no, valid_from, valid_to, change_reference, subject_type, organiser_name, certificate_type,
                   certificate_number, city_code, district_code, address, investor, principal_name,
                   principal_certificate_type, principal_certificate_number, principal_certificate_valid_from,
                   principal_certificate_valid_to, principal_certificate_long_term, principal_mobile,
                   principal_emergency_phone, principal_email
            from filing_subject_version where subject_id = ? order by version_no desc""";

    private static final String WEBSITE_VERSIONS = """
            select version_no, valid_from, valid_to, change_reference, name, principal_name,
                   principal_certificate_type, principal_certificate_number, principal_certificate_valid_from,
                   principal_certificate_valid_to, principal_certificate_long_term, principal_mobile,
                   principal_emergency_phone, principal_email, service_types, pre_approval_items, pre_approval_none,
                   comment, domains
            from filing_website_version where website_id = ? order by version_no desc""";

    private static final String RETIRED = """
            select name, retired_on, change_reference from filing_domain_retired
            where website_id = ? order by retired_at desc, name""";

    private final JdbcClient jdbc;

    FilingHistoryReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SubjectVersion> subjectVersions(UUID subjectId) {
        return jdbc.sql(SUBJECT_VERSIONS)
                .param(subjectId)
                .query((rs, row) -> new SubjectVersion(
                        rs.getInt("version_no"),
                        instant(rs.getObject("valid_from", OffsetDateTime.class)),
                        instant(rs.getObject("valid_to", OffsetDateTime.class)),
                        rs.getString("change_reference"),
                        FilingRows.subjectDetails(rs)))
                .list();
    }

    List<WebsiteVersion> websiteVersions(UUID websiteId) {
        return jdbc.sql(WEBSITE_VERSIONS)
                .param(websiteId)
                .query((rs, row) -> new WebsiteVersion(
                        rs.getInt("version_no"),
                        instant(rs.getObject("valid_from", OffsetDateTime.class)),
                        instant(rs.getObject("valid_to", OffsetDateTime.class)),
                        rs.getString("change_reference"),
                        FilingRows.websiteDetails(rs, ""),
                        FilingRows.strings(rs.getArray("domains"))))
                .list();
    }

    List<RetiredDomainView> retiredDomains(UUID websiteId) {
        return jdbc.sql(RETIRED)
                .param(websiteId)
                .query((rs, row) -> {
                    String name = rs.getString("name");
                    return new RetiredDomainView(
                            name,
                            DomainForms.unicode(name),
                            rs.getObject("retired_on", LocalDate.class),
                            rs.getString("change_reference"));
                })
                .list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
