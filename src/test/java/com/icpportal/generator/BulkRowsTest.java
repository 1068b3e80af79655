package com.icpportal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.icpportal.values.DomainName;
import com.icpportal.values.IcpNumber;
import com.icpportal.values.MobileNumber;
import com.icpportal.values.ProvinceLevel;
import com.icpportal.values.ResidentIdNumber;
import com.icpportal.values.SocialCreditCode;

/** The generated rows, checked in memory: no database, a few thousand rows at most. */
class BulkRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final UUID APPLICANT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final List<String> DEADLINE_STATES =
            List.of("PROVIDER_REVIEW", "VERIFICATION_REVIEW", "AWAITING_SUBMISSION", "AUTHORITY_REVIEW");

    // Real province-level codes: IDs and credit codes must start with one.
    private final List<ProvinceSeed> provinces = IntStream.range(0, 31)
            .mapToObj(i -> new ProvinceSeed(
                    ProvinceLevel.values()[i].code(),
                    "省" + i,
                    i == 0 ? "京" : "沪",
                    ProvinceLevel.values()[i].code().substring(0, 2) + "0100",
                    i % 2 == 0,
                    "PHOTO",
                    "NEW_DOMAINS",
                    1,
                    3,
                    20,
                    false))
            .toList();
    private final BulkRows rows = new BulkRows(provinces, APPLICANT, NOW);

    @Test
    void eachRowHasAValueForEachColumn() {
        assertThat(rows.subject(1)).hasSize(BulkRows.SUBJECTS.columns().size());
        assertThat(rows.website(1)).hasSize(BulkRows.WEBSITES.columns().size());
        assertThat(rows.domain(1)).hasSize(BulkRows.DOMAINS.columns().size());
        assertThat(rows.order(1)).hasSize(BulkRows.ORDERS.columns().size());
        assertThat(rows.transition(1)).hasSize(BulkRows.TRANSITIONS.columns().size());
        for (long n = 1; n <= 20; n++) {
            Object[] domain = rows.orderDomain(n);
            if (domain != null) {
                assertThat(domain).hasSize(BulkRows.ORDER_DOMAINS.columns().size());
            }
        }
    }

    @Test
    void eachOrderProposesOneChangeToWhatWasFiled() {
        for (long n = 1; n <= 200; n++) {
            Map<String, Object> order = named(BulkRows.ORDERS, rows.order(n));
            Map<String, Object> subject = named(BulkRows.SUBJECTS, rows.subject(n));
            Map<String, Object> website = named(BulkRows.WEBSITES, rows.website(n));
            if (order.get("type").equals("SUBJECT_CHANGE")) {
                assertThat(order.get("organiser_name")).isEqualTo(subject.get("organiser_name"));
                assertThat(order.get("principal_certificate_number"))
                        .isEqualTo(subject.get("principal_certificate_number"));
                assertThat(order.get("address"))
                        .isNotEqualTo(subject.get("address"))
                        .isNotNull();
                assertThat(order.get("website_name")).isNull();
                assertThat(rows.orderDomain(n)).isNull();
            } else {
                assertThat(order.get("website_id")).isEqualTo(website.get("id"));
                assertThat(order.get("website_principal_mobile")).isEqualTo(website.get("principal_mobile"));
                assertThat(order.get("website_name"))
                        .isNotEqualTo(website.get("name"))
                        .isNotNull();
                assertThat(order.get("organiser_name")).isNull();
                assertThat(rows.orderDomain(n)).containsExactly(order.get("id"), 0, rows.domain(n)[2]);
            }
        }
    }

    @Test
    void subjectsCarryWellFormedUniqueNumbers() {
        Set<Object> icpNumbers = new HashSet<>();
        for (long n = 1; n <= 2_000; n++) {
            Map<String, Object> subject = named(BulkRows.SUBJECTS, rows.subject(n));
            String icpNumber = (String) subject.get("icp_number");
            assertThat(IcpNumber.isValid(icpNumber)).as(icpNumber).isTrue();
            assertThat(icpNumber).matches("\\p{IsHan}ICP备[0-9]{10}号");
            assertThat(icpNumbers.add(icpNumber)).as("unique " + icpNumber).isTrue();
            assertThat(SocialCreditCode.isValid((String) subject.get("certificate_number")))
                    .isTrue();
            assertThat(ResidentIdNumber.isValid((String) subject.get("principal_certificate_number")))
                    .isTrue();
            assertThat(MobileNumber.isValid((String) subject.get("principal_mobile")))
                    .isTrue();
            assertThat(DomainName.isValid((String) rows.domain(n)[2])).isTrue();
        }
        assertThat(rows.subject(1)[1]).isEqualTo("京ICP备1900000001号");
        assertThat(rows.website(1)[2]).isEqualTo("京ICP备1900000001号-1");
        assertThat(rows.subject(BulkRows.MAX_ORDERS)[1]).isEqualTo("沪ICP备1999999999号");
    }

    @Test
    void ordersSpreadOverProvincesStatesAndDeadlines() {
        Map<String, Integer> states = new HashMap<>();
        Set<Object> provinceCodes = new HashSet<>();
        for (long n = 1; n <= 10_000; n++) {
            Map<String, Object> order = named(BulkRows.ORDERS, rows.order(n));
            String state = (String) order.get("state");
            states.merge(state, 1, Integer::sum);
            provinceCodes.add(order.get("province_code"));
            assertThat(order.get("reference")).isEqualTo("CO-GEN-" + n);
            assertThat(((String) order.get("reference")).length()).isLessThanOrEqualTo(20);
            assertThat(order.get("website_id") != null)
                    .isEqualTo(order.get("type").equals("WEBSITE_CHANGE"));
            assertThat(order.get("subject_id")).isEqualTo(rows.subject(n)[0]);
            assertThat(order.get("rules_captured_at")).isEqualTo(order.get("submitted_at"));
            Instant due = (Instant) order.get("due_at");
            if (DEADLINE_STATES.contains(state)) {
                assertThat(due).isBetween(NOW.minus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(14)));
            } else {
                assertThat(due).isNull();
            }
            Instant created = (Instant) order.get("created_at");
            Instant submitted = (Instant) order.get("submitted_at");
            Instant updated = (Instant) order.get("updated_at");
            assertThat(created).isBefore(submitted);
            assertThat(updated).isBetween(submitted, NOW);
        }
        assertThat(provinceCodes).hasSize(31);
        assertThat(states.keySet())
                .containsExactlyInAnyOrder(
                        "PROVIDER_REVIEW",
                        "VERIFICATION",
                        "VERIFICATION_REVIEW",
                        "AWAITING_SUBMISSION",
                        "AUTHORITY_REVIEW",
                        "APPROVED",
                        "WITHDRAWN");
        assertThat(states.get("PROVIDER_REVIEW")).isBetween(2_800, 3_200);
        assertThat(states.get("WITHDRAWN")).isBetween(400, 600);
    }

    @Test
    void eachOrderHasAStartThenASubmit() {
        Map<String, Object> start = named(BulkRows.TRANSITIONS, rows.transition(5));
        Map<String, Object> submit = named(BulkRows.TRANSITIONS, rows.transition(6));
        Object orderId = rows.order(3)[0];
        assertThat(start)
                .containsEntry("order_id", orderId)
                .containsEntry("action", "START")
                .containsEntry("from_state", null)
                .containsEntry("to_state", "DRAFT");
        assertThat(submit)
                .containsEntry("order_id", orderId)
                .containsEntry("action", "SUBMIT")
                .containsEntry("from_state", "DRAFT")
                .containsEntry("to_state", "PROVIDER_REVIEW");
        assertThat(start.get("occurred_at")).isEqualTo(rows.order(3)[9]);
        assertThat(start.get("id")).isNotEqualTo(submit.get("id"));
    }

    @Test
    void idsGrowWithTheRowNumber() {
        UUID first = (UUID) rows.order(1)[0];
        UUID second = (UUID) rows.order(2)[0];
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.compareTo(second)).isNegative();
        assertThat(first).isNotEqualTo(rows.subject(1)[0]);
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(Csv.line("a", null, "", 3, true, "x,y", "say \"hi\"", "{UNIT_PORTAL}"))
                .isEqualTo("a,,\"\",3,true,\"x,y\",\"say \"\"hi\"\"\",{UNIT_PORTAL}\n");
        assertThat(Csv.line(
                        (Object) OffsetDateTime.parse("2026-03-10T02:00:00Z").toInstant()))
                .isEqualTo("2026-03-10T02:00:00Z\n");
    }

    @Test
    void copyStatementNamesTheColumns() {
        assertThat(BulkRows.DOMAINS.copyStatement())
                .isEqualTo("copy filing_website_domain (website_id, position, name) from stdin with (format csv)");
    }

    private static Map<String, Object> named(Table table, Object[] values) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(table.columns().get(i), values[i]);
        }
        return named;
    }
}
