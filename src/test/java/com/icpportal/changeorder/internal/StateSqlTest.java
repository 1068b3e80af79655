package com.icpportal.changeorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.jpa.repository.Query;

import com.icpportal.changeorder.OrderState;

/**
 * The state lists of the queries come from {@link OrderState}'s sets; the partial indexes of the
 * migrations keep the lists they were written with. PostgreSQL uses a partial index only when the
 * query's predicate implies the index's, so the two must name the same states (in any order).
 */
class StateSqlTest {

    private static final Pattern INDEX = Pattern.compile(
            "create (?:unique )?index (\\w+) on change_order\\b[^;]*?where ([^;]*);", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATES =
            Pattern.compile("\\bstate\\s+(not in|in|=)\\s*\\(?([^)]*?)\\)?\\s*(?:and|$)", Pattern.CASE_INSENSITIVE);

    @Test
    void writesOneStateAsAnEqualityAndSeveralAsAListInTheEnumsOrder() {
        assertThat(StateSql.in("o.state", EnumSet.of(OrderState.SMS_VERIFICATION)))
                .isEqualTo("o.state = 'SMS_VERIFICATION'");
        assertThat(StateSql.in("o.state", OrderState.providerSteps()))
                .isEqualTo("o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION')");
        assertThat(StateSql.notIn("state", OrderState.terminal()))
                .isEqualTo("state not in ('PROVIDER_REJECTED', 'APPROVED', 'WITHDRAWN')");
        assertThatThrownBy(() -> StateSql.in("state", Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePartialIndexesListTheStatesOfTheEnumsSets() throws IOException {
        Map<String, Predicate> indexes = partialIndexes();
        assertThat(indexes.get("uq_change_order_open_per_subject"))
                .isEqualTo(new Predicate(false, OrderState.terminal()));
        assertThat(indexes.get("ix_change_order_queue_unassigned"))
                .isEqualTo(new Predicate(true, OrderState.providerReviews()));
        assertThat(indexes.get("ix_change_order_queue_mine"))
                .isEqualTo(new Predicate(true, OrderState.providerSteps()));
        assertThat(indexes.get("ix_change_order_queue_submission"))
                .isEqualTo(new Predicate(true, EnumSet.of(OrderState.AWAITING_SUBMISSION)));
        assertThat(indexes.get("ix_change_order_queue_open"))
                .isEqualTo(new Predicate(false, EnumSet.complementOf(EnumSet.copyOf(OrderState.inProcess()))));
        assertThat(indexes.get("ix_change_order_queue_done")).isEqualTo(new Predicate(true, OrderState.terminal()));
        for (String tab : List.of("unassigned", "open", "done")) {
            for (String filter : List.of("_province", "_state", "_province_state")) {
                assertThat(indexes.get("ix_change_order_queue_" + tab + filter))
                        .as(tab + filter)
                        .isEqualTo(indexes.get("ix_change_order_queue_" + tab));
            }
        }
        assertThat(indexes.get("ix_change_order_queue_submission_province"))
                .isEqualTo(indexes.get("ix_change_order_queue_submission"));
        assertThat(indexes.get("ix_change_order_provider_due_province"))
                .isEqualTo(new Predicate(true, OrderState.providerSteps()));
        assertThat(indexes.get("ix_change_order_provider_due"))
                .isEqualTo(new Predicate(true, OrderState.providerSteps()));
        assertThat(indexes.get("ix_change_order_sms_due"))
                .isEqualTo(new Predicate(true, EnumSet.of(OrderState.SMS_VERIFICATION)));
    }

    /** The expiry job's native query keeps its literal (a bound state would miss the partial index). */
    @Test
    void theExpiryQueryNamesTheStateAsTheEnumDoes() throws NoSuchMethodException {
        String sql = ChangeOrderRepository.class
                .getMethod("lockSmsVerificationsDueBy", java.time.Instant.class, int.class)
                .getAnnotation(Query.class)
                .value();
        assertThat(sql).contains(StateSql.in("state", EnumSet.of(OrderState.SMS_VERIFICATION)));
    }

    /** Whether the predicate lists the states it includes ({@code in}, {@code =}) or those it leaves out. */
    record Predicate(boolean includes, Set<OrderState> states) {

        Predicate {
            states = EnumSet.copyOf(states);
        }
    }

    /** Each partial index on change_order as the last migration to create it left it. */
    private static Map<String, Predicate> partialIndexes() throws IOException {
        Resource[] migrations =
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        List<Resource> ordered = Arrays.stream(migrations)
                .sorted(Comparator.comparingInt(StateSqlTest::version))
                .toList();
        Map<String, Predicate> indexes = new LinkedHashMap<>();
        for (Resource migration : ordered) {
            String sql;
            try (InputStream in = migration.getInputStream()) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher index = INDEX.matcher(sql);
            while (index.find()) {
                Matcher states = STATES.matcher(index.group(2).strip());
                if (states.find()) {
                    Set<OrderState> listed = Arrays.stream(states.group(2).split(","))
                            .map(literal -> OrderState.valueOf(literal.strip().replace("'", "")))
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderState.class)));
                    indexes.put(index.group(1), new Predicate(!states.group(1).equalsIgnoreCase("not in"), listed));
                }
            }
        }
        assertThat(indexes).as("partial indexes found").hasSizeGreaterThanOrEqualTo(8);
        return indexes;
    }

    private static int version(Resource migration) {
        String name = migration.getFilename();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
