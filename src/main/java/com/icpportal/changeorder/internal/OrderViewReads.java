package com.icpportal.changeorder.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.BackdropRequestView;
import com.icpportal.changeorder.BackdropStatus;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.DeadlineMoveCause;
import com.icpportal.changeorder.DeadlineMoveView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.RulesSnapshot;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.province.DomainCertificateRule;
import com.icpportal.province.VerificationChannel;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An applicant's order as its pages show it, read with plain SQL in one statement: the order's row
 * with its proposed domains and SMS mobiles as arrays and its timeline (each step with its reasons)
 * as JSON. The order pages only read; loading the aggregate cost a Hibernate query per collection
 * and the hydration of every embeddable, for a view built from the same values. Writes still go
 * through {@link ChangeOrder}. An embedded value (the proposed subject or website, a principal, the
 * rules snapshot) is null when all its columns are, as Hibernate reads it. The case page reads in
 * the same statement the order's deadline moves and its latest backdrop request ({@link #findForCase}).
 */
@Component
public class OrderViewReads {

    // the timeline ordered by time only, as the aggregate's @OrderBy: steps at the same instant keep
    // the order the index returns them in (the aggregate reads the ordered rows of the subquery), so
    // that the latest step (whose reasons apply) is the same one
    private static final String COLUMNS = """
            select o.*,
                   array(select d.name from change_order_domain d where d.order_id = o.id order by d.position) as domains,
                   array(select m.mobile from change_order_sms_mobile m where m.order_id = o.id order by m.position) as sms_mobiles,
                   array(select m.verified_at from change_order_sms_mobile m where m.order_id = o.id order by m.position) as sms_verified,
                   array(select m.wrong_attempts from change_order_sms_mobile m where m.order_id = o.id order by m.position) as sms_attempts,
                   (select json_agg(json_build_array((extract(epoch from t.occurred_at) * 1000000)::bigint, t.actor_id, t.actor_role, t.action, t.from_state,
                                                     t.to_state, t.note,
                                                     (select json_agg(json_build_array(r.field_key, r.problem, r.suggestion,
                                                                                       r.message_key) order by r.position)
                                                        from change_order_reason r where r.transition_id = t.id)))
                      from (select * from change_order_transition s where s.order_id = o.id order by s.occurred_at) t) as timeline""";

    private static final String ORDER = COLUMNS + """

              from change_order o
             where o.id = ?""";

    // the moves oldest first, as DeadlineMoves.of; the latest backdrop request, as BackdropRequests.latest
    private static final String CASE = COLUMNS + """
            ,
                   (select json_agg(json_build_array((extract(epoch from m.moved_at) * 1000000)::bigint, m.state,
                                                     (extract(epoch from m.from_due) * 1000000)::bigint,
                                                     (extract(epoch from m.to_due) * 1000000)::bigint, m.cause, m.cause_day)
                                    order by m.moved_at, m.id)
                      from change_order_deadline_move m where m.order_id = o.id) as deadline_moves,
                   b.id as b_id, b.status as b_status, b.province_code as b_province_code, b.city_code as b_city_code,
                   b.district_code as b_district_code, b.street as b_street, b.recipient as b_recipient,
                   b.mobile as b_mobile, b.carrier as b_carrier, b.tracking_number as b_tracking_number,
                   b.requested_at as b_requested_at, b.shipped_at as b_shipped_at, b.received_at as b_received_at,
                   b.postcode as b_postcode
              from change_order o
              left join lateral (select * from backdrop_request r where r.order_id = o.id
                                  order by r.requested_at desc limit 1) b on true
             where o.id = ?""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    OrderViewReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An order as the case page shows it, with its deadline moves (oldest first) and its latest
     * backdrop request (null when none).
     */
    public record CaseRead(ChangeOrderView order, List<DeadlineMoveView> deadlineMoves, BackdropRequestView backdrop) {}

    /** The applicant's order; empty when there is none or it is someone else's. */
    public Optional<ChangeOrderView> owned(UUID orderId, UUID applicantId) {
        List<ChangeOrderView> found =
                jdbc.query(ORDER + " and o.applicant_id = ?", (row, number) -> order(row), orderId, applicantId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Any order, for staff (their role is checked by the caller); empty when there is none. */
    public Optional<ChangeOrderView> find(UUID orderId) {
        List<ChangeOrderView> found = jdbc.query(ORDER, (row, number) -> order(row), orderId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Any order with what the case page shows beside it, for staff; empty when there is none. */
    public Optional<CaseRead> findForCase(UUID orderId) {
        List<CaseRead> found = jdbc.query(
                CASE,
                (row, number) ->
                        new CaseRead(order(row), deadlineMoves(row.getString("deadline_moves")), backdrop(row)),
                orderId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<DeadlineMoveView> deadlineMoves(String json) {
        if (json == null) {
            return List.of();
        }
        List<DeadlineMoveView> moves = new ArrayList<>();
        for (JsonNode move : JSON.readTree(json)) {
            moves.add(new DeadlineMoveView(
                    jsonInstant(move.get(0)),
                    OrderState.valueOf(move.get(1).asString()),
                    jsonInstant(move.get(2)),
                    jsonInstant(move.get(3)),
                    DeadlineMoveCause.valueOf(move.get(4).asString()),
                    move.get(5).isNull() ? null : LocalDate.parse(move.get(5).asString())));
        }
        return List.copyOf(moves);
    }

    private static BackdropRequestView backdrop(ResultSet row) throws SQLException {
        UUID id = row.getObject("b_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new BackdropRequestView(
                id,
                row.getObject("id", UUID.class),
                BackdropStatus.valueOf(row.getString("b_status")),
                row.getString("b_province_code"),
                row.getString("b_city_code"),
                row.getString("b_district_code"),
                row.getString("b_street"),
                row.getString("b_recipient"),
                row.getString("b_mobile"),
                row.getString("b_carrier"),
                row.getString("b_tracking_number"),
                instant(row, "b_requested_at"),
                instant(row, "b_shipped_at"),
                instant(row, "b_received_at"),
                row.getString("b_postcode"));
    }

    private static ChangeOrderView order(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<TransitionView> timeline = timeline(row.getString("timeline"));
        return new ChangeOrderView(
                id,
                row.getString("reference"),
                ChangeType.valueOf(row.getString("type")),
                row.getObject("subject_id", UUID.class),
                row.getObject("website_id", UUID.class),
                row.getObject("applicant_id", UUID.class),
                OrderState.valueOf(row.getString("state")),
                row.getLong("version"),
                instant(row, "created_at"),
                instant(row, "submitted_at"),
                instant(row, "due_at"),
                subject(row),
                website(row),
                strings(row.getArray("domains")),
                rules(row),
                timeline,
                timeline.isEmpty()
                        ? List.of()
                        : timeline.get(timeline.size() - 1).reasons(),
                row.getObject("principal_is_legal_representative", Boolean.class),
                row.getObject("assignee_id", UUID.class),
                smsMobiles(row),
                row.getObject("approved_on", LocalDate.class));
    }

    /** The steps of the JSON timeline column, oldest first: each an array of its columns and its reasons. */
    private static List<TransitionView> timeline(String json) {
        if (json == null) {
            return List.of();
        }
        List<TransitionView> steps = new ArrayList<>();
        for (JsonNode step : JSON.readTree(json)) {
            List<Reason> reasons = new ArrayList<>();
            for (JsonNode reason : step.get(7)) {
                reasons.add(
                        new Reason(text(reason.get(0)), text(reason.get(1)), text(reason.get(2)), text(reason.get(3))));
            }
            String from = text(step.get(4));
            steps.add(new TransitionView(
                    jsonInstant(step.get(0)),
                    // no account for the administration acting by itself (the simulated gateway)
                    new Actor(uuid(step.get(1)), ActorRole.valueOf(step.get(2).asString())),
                    Action.valueOf(step.get(3).asString()),
                    from == null ? null : OrderState.valueOf(from),
                    OrderState.valueOf(step.get(5).asString()),
                    text(step.get(6)),
                    List.copyOf(reasons)));
        }
        return List.copyOf(steps);
    }

    /** A JSON string as a UUID, or null for JSON null. */
    private static UUID uuid(JsonNode node) {
        String text = text(node);
        return text == null ? null : UUID.fromString(text);
    }

    /** A JSON string, or null for JSON null (a step without a note, a reason without a suggestion). */
    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /**
     * A timestamptz the statement wrote into JSON as microseconds since the epoch (a number is read
     * far faster than ISO 8601 text is parsed, and keeps PostgreSQL's microseconds exactly).
     */
    private static Instant jsonInstant(JsonNode node) {
        long micros = node.asLong();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static SubjectDetails subject(ResultSet row) throws SQLException {
        Principal principal = principal(row, "principal_");
        if (principal == null
                && allNull(
                        row,
                        "subject_type",
                        "organiser_name",
                        "certificate_type",
                        "certificate_number",
                        "city_code",
                        "district_code",
                        "address",
                        "investor")) {
            return null;
        }
        return new SubjectDetails(
                enumOf(SubjectType.class, row.getString("subject_type")),
                row.getString("organiser_name"),
                enumOf(CertificateType.class, row.getString("certificate_type")),
                row.getString("certificate_number"),
                row.getString("city_code"),
                row.getString("district_code"),
                row.getString("address"),
                row.getString("investor"),
                principal);
    }

    private static WebsiteDetails website(ResultSet row) throws SQLException {
        Principal principal = principal(row, "website_principal_");
        if (principal == null
                && allNull(
                        row,
                        "website_name",
                        "website_service_types",
                        "website_pre_approval_items",
                        "website_pre_approval_none",
                        "website_comment")) {
            return null;
        }
        return new WebsiteDetails(
                row.getString("website_name"),
                principal,
                nullableStrings(row.getArray("website_service_types")),
                nullableStrings(row.getArray("website_pre_approval_items")),
                row.getBoolean("website_pre_approval_none"),
                row.getString("website_comment"));
    }

    private static Principal principal(ResultSet row, String prefix) throws SQLException {
        if (allNull(
                row,
                prefix + "name",
                prefix + "certificate_type",
                prefix + "certificate_number",
                prefix + "certificate_valid_from",
                prefix + "certificate_valid_to",
                prefix + "certificate_long_term",
                prefix + "mobile",
                prefix + "emergency_phone",
                prefix + "email")) {
            return null;
        }
        return new Principal(
                row.getString(prefix + "name"),
                enumOf(CertificateType.class, row.getString(prefix + "certificate_type")),
                row.getString(prefix + "certificate_number"),
                row.getObject(prefix + "certificate_valid_from", LocalDate.class),
                row.getObject(prefix + "certificate_valid_to", LocalDate.class),
                row.getBoolean(prefix + "certificate_long_term"),
                row.getString(prefix + "mobile"),
                row.getString(prefix + "emergency_phone"),
                row.getString(prefix + "email"));
    }

    private static RulesSnapshot rules(ResultSet row) throws SQLException {
        if (allNull(
                row,
                "rules_captured_at",
                "rules_sms_verification_required",
                "rules_verification_channel",
                "rules_domain_certificate_rule",
                "rules_max_domains_per_website",
                "rules_review_min_workdays",
                "rules_review_max_workdays",
                "rules_local_mobile_required")) {
            return null;
        }
        return new RulesSnapshot(
                instant(row, "rules_captured_at"),
                row.getBoolean("rules_sms_verification_required"),
                enumOf(VerificationChannel.class, row.getString("rules_verification_channel")),
                enumOf(DomainCertificateRule.class, row.getString("rules_domain_certificate_rule")),
                row.getInt("rules_max_domains_per_website"),
                row.getInt("rules_review_min_workdays"),
                row.getInt("rules_review_max_workdays"),
                row.getBoolean("rules_local_mobile_required"));
    }

    private static List<SmsMobileView> smsMobiles(ResultSet row) throws SQLException {
        List<String> mobiles = strings(row.getArray("sms_mobiles"));
        Object[] verified = (Object[]) row.getArray("sms_verified").getArray();
        Object[] attempts = (Object[]) row.getArray("sms_attempts").getArray();
        List<SmsMobileView> views = new ArrayList<>(mobiles.size());
        for (int i = 0; i < mobiles.size(); i++) {
            Timestamp at = (Timestamp) verified[i];
            views.add(new SmsMobileView(
                    mobiles.get(i), at == null ? null : at.toInstant(), ((Number) attempts[i]).intValue()));
        }
        return List.copyOf(views);
    }

    private static boolean allNull(ResultSet row, String... columns) throws SQLException {
        for (String column : columns) {
            if (row.getObject(column) != null) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The array's strings, in order; a null element stays null (a reason's suggestion). */
    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<String> nullableStrings(Array array) throws SQLException {
        return array == null ? null : strings(array);
    }
}
