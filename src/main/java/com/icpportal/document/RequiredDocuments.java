package com.icpportal.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.icpportal.shared.ReferenceVersions;

/**
 * The documents a change needs, from the rules table and what the caller describes. The rules (a
 * few dozen rows) are kept in memory with the {@link ReferenceVersions} version they were read at,
 * which a trigger moves on with every change of the table (migration V130): a node reloads them at
 * its next request after any node or tool changed them, and reads no rule rows while nothing did.
 */
@Service
public class RequiredDocuments {

    /** The row of {@code reference_data_version} that every change of {@code document_requirement} moves on. */
    static final String VERSION = "document_requirement";

    private final JdbcClient jdbc;
    private final ReferenceVersions versions;

    private volatile Loaded loaded;

    private record Loaded(long version, List<DocumentRequirement> rows) {}

    RequiredDocuments(JdbcClient jdbc, ReferenceVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    // no transaction of its own: the rules come from memory or one plain statement, and the
    // interceptor cost more than the evaluation on every page that lists documents
    public List<RequiredDocument> evaluate(DocumentNeeds needs) {
        return evaluate(rules(), needs);
    }

    private List<DocumentRequirement> rules() {
        if (!versions.mayKeep()) {
            // a read-write transaction reads the rows as they are in it, and keeps nothing
            return read();
        }
        long version = versions.of(VERSION);
        Loaded known = loaded;
        if (known != null && known.version() == version) {
            return known.rows();
        }
        // read after the version: at worst newer rows under an older version, reloaded at the next use
        Loaded fresh = new Loaded(version, read());
        loaded = fresh;
        return fresh.rows();
    }

    private List<DocumentRequirement> read() {
        return List.copyOf(jdbc.sql("""
                        select document_kind, change_type, subject_category, condition, reason_key
                          from document_requirement order by id""")
                .query((row, number) -> new DocumentRequirement(
                        DocumentKind.valueOf(row.getString("document_kind")),
                        row.getString("change_type"),
                        row.getString("subject_category"),
                        DocumentRequirement.Condition.valueOf(row.getString("condition")),
                        row.getString("reason_key")))
                .list());
    }

    /** Every kind whose rules apply, once, with each reason; in the order of the rules. */
    static List<RequiredDocument> evaluate(List<DocumentRequirement> rows, DocumentNeeds needs) {
        Map<DocumentKind, List<String>> required = new LinkedHashMap<>();
        for (DocumentRequirement row : rows) {
            if (row.appliesTo(needs)) {
                List<String> reasons = required.computeIfAbsent(row.kind(), kind -> new ArrayList<>());
                if (!reasons.contains(row.reasonKey())) {
                    reasons.add(row.reasonKey());
                }
            }
        }
        return required.entrySet().stream()
                .map(entry -> new RequiredDocument(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
