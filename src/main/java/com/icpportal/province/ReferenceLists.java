package com.icpportal.province;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.icpportal.shared.LocalizedName;

/**
 * The short reference lists as one node keeps them in memory under the {@code reference_list}
 * reference version (migration V131): service content types and pre-approval items in their
 * order, and the approved domain suffixes (ASCII, without the dot).
 */
record ReferenceLists(
        long version, List<ReferenceItem> serviceTypes, List<ReferenceItem> preApprovalItems, Set<String> suffixes) {

    /** Reads the three tables (three statements); {@code version} is the one read before them. */
    static ReferenceLists load(JdbcClient jdbc, long version) {
        return new ReferenceLists(
                version,
                items(jdbc, "select code, name_en, name_zh from service_type order by position"),
                items(jdbc, "select code, name_en, name_zh from pre_approval_item order by position"),
                Set.copyOf(jdbc.sql("select suffix from approved_domain_suffix")
                        .query(String.class)
                        .list()));
    }

    private static List<ReferenceItem> items(JdbcClient jdbc, String sql) {
        return List.copyOf(jdbc.sql(sql)
                .query((row, number) -> new ReferenceItem(
                        row.getString("code"), new LocalizedName(row.getString("name_en"), row.getString("name_zh"))))
                .list());
    }
}
