package com.icpportal.filing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Maps the filing tables' columns to the module's value records, for the read models that select
 * with JDBC. The subject and website tables and their version tables share column names, so one
 * mapping serves all of them ({@code prefix}: the alias a query gave a table's columns).
 */
final class FilingRows {

    private FilingRows() {}

    static SubjectDetails subjectDetails(ResultSet rs) throws SQLException {
        return new SubjectDetails(
                SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("organiser_name"),
                CertificateType.valueOf(rs.getString("certificate_type")),
                rs.getString("certificate_number"),
                rs.getString("city_code"),
                rs.getString("district_code"),
                rs.getString("address"),
                rs.getString("investor"),
                principal(rs, ""));
    }

    static WebsiteDetails websiteDetails(ResultSet rs, String prefix) throws SQLException {
        return new WebsiteDetails(
                rs.getString(prefix + "name"),
                principal(rs, prefix),
                strings(rs.getArray(prefix + "service_types")),
                strings(rs.getArray(prefix + "pre_approval_items")),
                rs.getBoolean(prefix + "pre_approval_none"),
                rs.getString(prefix + "comment"));
    }

    static Principal principal(ResultSet rs, String prefix) throws SQLException {
        String certificateType = rs.getString(prefix + "principal_certificate_type");
        return new Principal(
                rs.getString(prefix + "principal_name"),
                certificateType == null ? null : CertificateType.valueOf(certificateType),
                rs.getString(prefix + "principal_certificate_number"),
                rs.getObject(prefix + "principal_certificate_valid_from", LocalDate.class),
                rs.getObject(prefix + "principal_certificate_valid_to", LocalDate.class),
                rs.getBoolean(prefix + "principal_certificate_long_term"),
                rs.getString(prefix + "principal_mobile"),
                rs.getString(prefix + "principal_emergency_phone"),
                rs.getString(prefix + "principal_email"));
    }

    /** A text array column as a list (empty for null). */
    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
