package com.icpportal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filing history as JSON columns of the statement that reads the subject ({@link FiledSubjectReads}):
 * each version an array of its columns in the order below, so that a page reads the subject and its
 * history in one round trip instead of one statement per table. Times go as microseconds since the
 * epoch (read far faster than ISO text and exact), dates as ISO text; the order of each list is
 * that of {@link FilingHistoryReads}' statements.
 */
final class FilingHistoryJson {

    private FilingHistoryJson() {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PRINCIPAL = """
            v.principal_name, v.principal_certificate_type, v.principal_certificate_number,
            v.principal_certificate_valid_from, v.principal_certificate_valid_to, v.principal_certificate_long_term,
            v.principal_mobile, v.principal_emergency_phone, v.principal_email""";

    private static final String TIMES = """
            v.version_no, (extract(epoch from v.valid_from) * 1000000)::bigint,
            (extract(epoch from v.valid_to) * 1000000)::bigint, v.change_reference""";

    /** The subject's earlier versions, newest first, for a subject row aliased {@code f}. */
    static final String SUBJECT_VERSIONS = "(select json_agg(json_build_array(" + TIMES + """
            , v.subject_type, v.organiser_name, v.certificate_type,
            v.certificate_number, v.city_code, v.district_code, v.address, v.investor,
            """ + PRINCIPAL + """
            ) order by v.version_no desc)
              from filing_subject_version v where v.subject_id = f.id)""";

    /** The website's earlier versions, newest first, for a website row aliased {@code w}. */
    static final String WEBSITE_VERSIONS = "(select json_agg(json_build_array(" + TIMES + """
            , v.name,
            """ + PRINCIPAL + """
            , v.service_types, v.pre_approval_items, v.pre_approval_none, v.comment, v.domains)
            order by v.version_no desc)
              from filing_website_version v where v.website_id = w.id)""";

    /** The domains retired from the website, latest first, for a website row aliased {@code w}. */
    static final String RETIRED_DOMAINS = """
            (select json_agg(json_build_array(r.name, r.retired_on, r.change_reference) order by r.retired_at desc, r.name)
              from filing_domain_retired r where r.website_id = w.id)""";

    static List<SubjectVersion> subjectVersions(String json) {
        if (json == null) {
            return List.of();
        }
        List<SubjectVersion> versions = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            versions.add(new SubjectVersion(
                    v.get(0).asInt(),
                    instant(v.get(1)),
                    instant(v.get(2)),
                    text(v.get(3)),
                    new SubjectDetails(
                            SubjectType.valueOf(v.get(4).asString()),
                            text(v.get(5)),
                            CertificateType.valueOf(v.get(6).asString()),
                            text(v.get(7)),
                            text(v.get(8)),
                            text(v.get(9)),
                            text(v.get(10)),
                            text(v.get(11)),
                            principal(v, 12))));
        }
        return List.copyOf(versions);
    }

    static List<WebsiteVersion> websiteVersions(String json) {
        if (json == null) {
            return List.of();
        }
        List<WebsiteVersion> versions = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            versions.add(new WebsiteVersion(
                    v.get(0).asInt(),
                    instant(v.get(1)),
                    instant(v.get(2)),
                    text(v.get(3)),
                    new WebsiteDetails(
                            text(v.get(4)),
                            principal(v, 5),
                            strings(v.get(14)),
                            strings(v.get(15)),
                            v.get(16).asBoolean(),
                            text(v.get(17))),
                    strings(v.get(18))));
        }
        return List.copyOf(versions);
    }

    static List<RetiredDomainView> retiredDomains(String json) {
        if (json == null) {
            return List.of();
        }
        List<RetiredDomainView> retired = new ArrayList<>();
        for (JsonNode r : JSON.readTree(json)) {
            String name = r.get(0).asString();
            retired.add(new RetiredDomainView(name, DomainForms.unicode(name), date(r.get(1)), text(r.get(2))));
        }
        return List.copyOf(retired);
    }

    /** The nine principal columns from {@code first} on, as {@link FilingRows#principal}. */
    private static Principal principal(JsonNode v, int first) {
        String certificateType = text(v.get(first + 1));
        return new Principal(
                text(v.get(first)),
                certificateType == null ? null : CertificateType.valueOf(certificateType),
                text(v.get(first + 2)),
                date(v.get(first + 3)),
                date(v.get(first + 4)),
                v.get(first + 5).asBoolean(),
                text(v.get(first + 6)),
                text(v.get(first + 7)),
                text(v.get(first + 8)));
    }

    /** A text array (empty for null), as {@link FilingRows#strings}. */
    private static List<String> strings(JsonNode array) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonNode value : array) {
            values.add(value.asString());
        }
        return List.copyOf(values);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        long micros = node.asLong();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
