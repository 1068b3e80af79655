package com.icpportal.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The read side of the filed records: subjects with their websites and domains straight from the
 * tables into the module's API records, one statement per call. Pages only read these, so loading
 * the entities (and Hibernate translating a fetch-join query with a list parameter on every call)
 * was work for nothing. Lists of ids go as one PostgreSQL array ({@code = any(?)}), so the statement
 * text is the same whatever their number.
 *
 * <p>Reads what is committed or flushed: the module's writes go through the entities, and none of
 * its callers reads a filing back in the transaction that changed it before flushing.
 */
@Component
class FiledSubjectReads {

    private static final String SUBJECT_COLUMNS = """
            s.id, s.icp_number, s.province_code, s.status, s.cancelled_on, s.subject_type, s.organiser_name,
            s.certificate_type, s.certificate_number, s.city_code, s.district_code, s.address, s.investor,
            s.principal_name, s.principal_certificate_type, s.principal_certificate_number,
            s.principal_certificate_valid_from, s.principal_certificate_valid_to, s.principal_certificate_long_term,
            s.principal_mobile, s.principal_emergency_phone, s.principal_email,
            s.other_order_type, s.other_order_reference, s.other_order_since, s.version""";

    // The website's columns are aliased w_ so that they never meet the subject's of the same name.
    private static final String WEBSITE_COLUMNS = """
            w.id as w_id, w.icp_number as w_icp_number, w.status as w_status, w.name as w_name,
            w.principal_name as w_principal_name, w.principal_certificate_type as w_principal_certificate_type,
            w.principal_certificate_number as w_principal_certificate_number,
            w.principal_certificate_valid_from as w_principal_certificate_valid_from,
            w.principal_certificate_valid_to as w_principal_certificate_valid_to,
            w.principal_certificate_long_term as w_principal_certificate_long_term,
            w.principal_mobile as w_principal_mobile, w.principal_emergency_phone as w_principal_emergency_phone,
            w.principal_email as w_principal_email, w.service_types as w_service_types,
            w.pre_approval_items as w_pre_approval_items, w.pre_approval_none as w_pre_approval_none,
            w.comment as w_comment,
            array(select d.name from filing_website_domain d where d.website_id = w.id order by d.position)
                as w_domains""";

    /** The chosen subjects ({@code s}) with their websites, subjects in ICP number order, then websites. */
    private static final String WITH_WEBSITES = "select " + SUBJECT_COLUMNS + ", " + WEBSITE_COLUMNS + """

            from (%s) s left join filing_website w on w.subject_id = s.id
            order by s.icp_number, w.icp_number""";

    private static final String OWNED_AFTER = WITH_WEBSITES.formatted("""
            select * from filing_subject where owner_id = ? and icp_number > ? order by icp_number limit ?""");

    private static final String OWNED = WITH_WEBSITES.formatted("select * from filing_subject where owner_id = ?");

    private static final String BY_ID = WITH_WEBSITES.formatted("select * from filing_subject where id = ?");

    private static final String OWNED_BY_ID =
            WITH_WEBSITES.formatted("select * from filing_subject where id = ? and owner_id = ?");

    /**
     * The subject chosen in {@code f} with its websites and its whole history as JSON columns
     * ({@link FilingHistoryJson}): the subject's versions computed once, in the subquery.
     */
    private static final String WITH_HISTORY = "select " + SUBJECT_COLUMNS + ", s.s_history, " + WEBSITE_COLUMNS
            + ", " + FilingHistoryJson.WEBSITE_VERSIONS + " as w_history, " + FilingHistoryJson.RETIRED_DOMAINS
            + " as w_retired" + """

            from (select f.*, %s as s_history from filing_subject f where %s) s
            left join filing_website w on w.subject_id = s.id
            order by s.icp_number, w.icp_number""";

    private static final String BY_ID_WITH_HISTORY =
            WITH_HISTORY.formatted(FilingHistoryJson.SUBJECT_VERSIONS, "f.id = ?");

    private static final String OWNED_BY_ID_WITH_HISTORY =
            WITH_HISTORY.formatted(FilingHistoryJson.SUBJECT_VERSIONS, "f.id = ? and f.owner_id = ?");

    private static final String WEBSITES_OF = "select w.subject_id, " + WEBSITE_COLUMNS + """

            from filing_website w where w.subject_id = any(?) order by w.icp_number""";

    private static final String NAMES = "select id, icp_number, organiser_name from filing_subject where id = any(?)";

    private final JdbcClient jdbc;

    FiledSubjectReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner's subjects after {@code afterIcpNumber} in ICP number order, at most {@code limit}. */
    List<FiledSubject> ownedBy(UUID ownerId, String afterIcpNumber, int limit) {
        return subjects(OWNED_AFTER, ownerId, afterIcpNumber, limit);
    }

    /** All the owner's subjects in ICP number order. */
    List<FiledSubject> ownedBy(UUID ownerId) {
        return subjects(OWNED, ownerId);
    }

    /** The subject, or null when there is none. */
    FiledSubject byId(UUID subjectId) {
        return single(subjects(BY_ID, subjectId));
    }

    /** The subject when the owner owns it, else null. */
    FiledSubject ownedById(UUID subjectId, UUID ownerId) {
        return single(subjects(OWNED_BY_ID, subjectId, ownerId));
    }

    /** The subject with its whole history, or null when there is none. */
    SubjectWithHistory byIdWithHistory(UUID subjectId) {
        return withHistory(BY_ID_WITH_HISTORY, subjectId);
    }

    /** The subject with its whole history when the owner owns it, else null. */
    SubjectWithHistory ownedByIdWithHistory(UUID subjectId, UUID ownerId) {
        return withHistory(OWNED_BY_ID_WITH_HISTORY, subjectId, ownerId);
    }

    private SubjectWithHistory withHistory(String sql, Object... params) {
        // one subject: its row repeated for each of its websites, each website's history beside it
        SubjectHead[] head = {null};
        List<SubjectVersion> subjectVersions = new ArrayList<>();
        List<FiledWebsite> websites = new ArrayList<>();
        Map<UUID, List<WebsiteVersion>> websiteVersions = new LinkedHashMap<>();
        Map<UUID, List<RetiredDomainView>> retired = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            if (head[0] == null) {
                head[0] = subjectHead(rs);
                subjectVersions.addAll(FilingHistoryJson.subjectVersions(rs.getString("s_history")));
            }
            if (rs.getObject("w_id") != null) {
                FiledWebsite website = website(rs);
                websites.add(website);
                websiteVersions.put(website.id(), FilingHistoryJson.websiteVersions(rs.getString("w_history")));
                retired.put(website.id(), FilingHistoryJson.retiredDomains(rs.getString("w_retired")));
            }
        });
        if (head[0] == null) {
            return null;
        }
        return new SubjectWithHistory(
                head[0].with(List.copyOf(websites)),
                List.copyOf(subjectVersions),
                java.util.Collections.unmodifiableMap(websiteVersions),
                java.util.Collections.unmodifiableMap(retired));
    }

    /** The websites of these subjects, by subject, each list in ICP number order; subjects without websites are absent. */
    Map<UUID, List<FiledWebsite>> websitesOf(Collection<UUID> subjectIds) {
        Map<UUID, List<FiledWebsite>> bySubject = new LinkedHashMap<>();
        jdbc.sql(WEBSITES_OF)
                .param(new SqlArrayValue("uuid", subjectIds.toArray()))
                .query(rs -> {
                    bySubject
                            .computeIfAbsent(rs.getObject("subject_id", UUID.class), id -> new ArrayList<>())
                            .add(website(rs));
                });
        return bySubject;
    }

    /** The ICP number and organiser of each of these subjects; ids of no subject are absent. */
    Map<UUID, SubjectName> names(Collection<UUID> subjectIds) {
        Map<UUID, SubjectName> names = new LinkedHashMap<>();
        jdbc.sql(NAMES).param(new SqlArrayValue("uuid", subjectIds.toArray())).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            names.put(id, new SubjectName(id, rs.getString("icp_number"), rs.getString("organiser_name")));
        });
        return names;
    }

    private List<FiledSubject> subjects(String sql, Object... params) {
        // Rows come subject by subject (ordered by ICP number, which is unique), a subject's row
        // repeated for each of its websites.
        List<FiledSubject> subjects = new ArrayList<>();
        UUID[] current = {null};
        List<List<FiledWebsite>> websites = new ArrayList<>();
        List<SubjectHead> heads = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (!id.equals(current[0])) {
                current[0] = id;
                heads.add(subjectHead(rs));
                websites.add(new ArrayList<>());
            }
            if (rs.getObject("w_id") != null) {
                websites.get(websites.size() - 1).add(website(rs));
            }
        });
        for (int i = 0; i < heads.size(); i++) {
            subjects.add(heads.get(i).with(List.copyOf(websites.get(i))));
        }
        return subjects;
    }

    private static FiledSubject single(List<FiledSubject> found) {
        return found.isEmpty() ? null : found.get(0);
    }

    /** A subject's own columns, waiting for its websites. */
    private record SubjectHead(
            UUID id,
            String icpNumber,
            String provinceCode,
            FilingStatus status,
            LocalDate cancelledOn,
            SubjectDetails details,
            OrderInProcessElsewhere orderInProcess,
            long version) {

        FiledSubject with(List<FiledWebsite> websites) {
            return new FiledSubject(
                    id, icpNumber, provinceCode, status, cancelledOn, details, orderInProcess, version, websites);
        }
    }

    private static SubjectHead subjectHead(ResultSet rs) throws SQLException {
        SubjectDetails details = FilingRows.subjectDetails(rs);
        String otherType = rs.getString("other_order_type");
        String otherReference = rs.getString("other_order_reference");
        LocalDate otherSince = rs.getObject("other_order_since", LocalDate.class);
        // As Hibernate maps an embeddable whose columns are all null: no order in process.
        OrderInProcessElsewhere orderInProcess = otherType == null && otherReference == null && otherSince == null
                ? null
                : new OrderInProcessElsewhere(
                        otherType == null ? null : OtherOrderType.valueOf(otherType), otherReference, otherSince);
        return new SubjectHead(
                rs.getObject("id", UUID.class),
                rs.getString("icp_number"),
                rs.getString("province_code"),
                FilingStatus.valueOf(rs.getString("status")),
                rs.getObject("cancelled_on", LocalDate.class),
                details,
                orderInProcess,
                rs.getLong("version"));
    }

    private static FiledWebsite website(ResultSet rs) throws SQLException {
        WebsiteDetails details = FilingRows.websiteDetails(rs, "w_");
        List<String> domains = FilingRows.strings(rs.getArray("w_domains")).stream()
                .map(DomainForms::unicode)
                .toList();
        return new FiledWebsite(
                rs.getObject("w_id", UUID.class),
                rs.getString("w_icp_number"),
                FilingStatus.valueOf(rs.getString("w_status")),
                details,
                domains);
    }
}
