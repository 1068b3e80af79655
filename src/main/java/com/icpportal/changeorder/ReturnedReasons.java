package com.icpportal.changeorder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each reason of a return (or of the administration's rejection) has been acted on. When
 * an order is returned, the value of every reason's target is remembered as a fingerprint; a
 * reason is addressed once its target's value differs from it. Pages use this to keep "Needs
 * correcting" until the target changed, and check answers to ask why an unchanged one is sent back.
 *
 * <p>The target of a reason is its field (a row of {@link ProposalComparison}), its document (the
 * attached document's id), its section when no row has its key, or the whole proposal for a
 * {@code general} reason. Values are taken in one fixed language so that the reader's language
 * never makes a target look changed.
 */
@Component
public class ReturnedReasons {

    private static final Locale FINGERPRINT_LANGUAGE = Locale.ENGLISH;

    private final JdbcClient jdbc;
    private final ChangeOrders changeOrders;
    private final ProposalComparison comparison;

    ReturnedReasons(JdbcClient jdbc, ChangeOrders changeOrders, ProposalComparison comparison) {
        this.jdbc = jdbc;
        this.changeOrders = changeOrders;
        this.comparison = comparison;
    }

    /** The reasons the applicant is to act on, each with whether its target changed since the return. */
    @Transactional(readOnly = true)
    public List<ReasonStatus> statuses(OrderOverview overview) {
        List<Reason> reasons = overview.order().reasonsToActOn();
        if (reasons.isEmpty()) {
            return List.of();
        }
        Map<String, String> remembered = remembered(overview.order().id());
        Fingerprints now = new Fingerprints(comparison.rows(overview, FINGERPRINT_LANGUAGE), overview.documents());
        return reasons.stream()
                .map(reason -> {
                    String then = remembered.get(reason.fieldKey());
                    return new ReasonStatus(reason, then != null && !then.equals(now.of(reason.fieldKey())));
                })
                .toList();
    }

    @EventListener
    void returned(ChangeOrderEvent.ReturnedForCorrection event) {
        remember(event.orderId(), event.reasons());
    }

    @EventListener
    void rejectedByAdministration(ChangeOrderEvent.RejectedByAdministration event) {
        remember(event.orderId(), event.reasons());
    }

    private void remember(UUID orderId, List<Reason> reasons) {
        OrderOverview overview = changeOrders.overviewForStaff(orderId);
        Fingerprints then = new Fingerprints(comparison.rows(overview, FINGERPRINT_LANGUAGE), overview.documents());
        jdbc.sql("DELETE FROM change_order_return_target WHERE order_id = ?")
                .param(orderId)
                .update();
        reasons.stream()
                .map(Reason::fieldKey)
                .distinct()
                .forEach(key -> jdbc.sql(
                                "INSERT INTO change_order_return_target (order_id, field_key, fingerprint) VALUES (?, ?, ?)")
                        .params(orderId, key, then.of(key))
                        .update());
    }

    private Map<String, String> remembered(UUID orderId) {
        return jdbc
                .sql("SELECT field_key, fingerprint FROM change_order_return_target WHERE order_id = ?")
                .param(orderId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The value of each target of an order at one moment. */
    private record Fingerprints(List<AnswerRow> rows, List<DocumentStatus> documents) {

        String of(String fieldKey) {
            if (FieldKeys.GENERAL.equals(fieldKey)) {
                return hash(Stream.concat(
                        rows.stream().map(AnswerRow::proposed),
                        documents.stream().map(Fingerprints::id)));
            }
            if (fieldKey.startsWith(FieldKeys.DOCUMENT_PREFIX)) {
                String kind = fieldKey.substring(FieldKeys.DOCUMENT_PREFIX.length());
                return hash(documents.stream()
                        .filter(status -> status.required().kind().name().equals(kind))
                        .map(Fingerprints::id));
            }
            List<AnswerRow> exact =
                    rows.stream().filter(row -> row.fieldKey().equals(fieldKey)).toList();
            if (!exact.isEmpty()) {
                return hash(exact.stream().map(AnswerRow::proposed));
            }
            List<AnswerRow> section =
                    rows.stream().filter(row -> row.section().owns(fieldKey)).toList();
            return hash((section.isEmpty() ? rows : section).stream().map(AnswerRow::proposed));
        }

        private static String id(DocumentStatus status) {
            return status.missing() ? "-" : status.attached().id().toString();
        }

        private static String hash(Stream<String> values) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                values.forEach(value -> {
                    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                });
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
