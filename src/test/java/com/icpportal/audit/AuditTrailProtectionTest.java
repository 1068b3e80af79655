package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The trail is append-only in the database itself, is written in the publisher's transaction (a
 * rolled-back change leaves no row), and never holds a full ID number or mobile.
 */
@PortalTest
class AuditTrailProtectionTest {

    /** A whole UUID token (an entity's id, never a person's number), as PersonalData keeps it. */
    static final String UUID_TOKEN =
            "(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z])";

    /**
     * Rows of the whole trail holding a full ID number or mobile (there must be none), outside the
     * UUIDs: about one in a thousand has an 11-digit run shaped like a mobile ({@code …-f14393943842}).
     */
    static final String UNMASKED_ROWS = """
            with trail as (
                select regexp_replace(detail, '%1$s', ' ', 'g') as detail,
                       regexp_replace(actor_name, '%1$s', ' ', 'g') as actor_name,
                       regexp_replace(entity_id, '%1$s', ' ', 'g') as entity_id
                  from audit_entry)
            select count(*) from trail
             where detail ~ '(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)' or detail ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)'
                or actor_name ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' or entity_id ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)'
                or entity_id ~ '(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)'""".formatted(UUID_TOKEN);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestData testData;

    @Autowired
    AuditTrail trail;

    AuditRows rows;
    TestAccount actor;

    @BeforeEach
    void setUp() {
        rows = new AuditRows(jdbc);
        actor = testData.account("audit-actor", Role.ADMIN);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        String entityId = UUID.randomUUID().toString();
        inTransaction(() -> events.publishEvent(event(entityId, "original detail")));
        Map<String, Object> before = rows.about(entityId).get(0);

        assertThatThrownBy(
                        () -> jdbc.update("update audit_entry set detail = 'rewritten' where entity_id = ?", entityId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where entity_id = ?", entityId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is append-only: TRUNCATE is not allowed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where false"))
                .as("refused even when no row matches")
                .isInstanceOf(DataAccessException.class);

        assertThat(rows.about(entityId)).containsExactly(before);
    }

    @Test
    void aRolledBackChangeLeavesNoRowAndACommittedOneLeavesExactlyOne() {
        String rolledBack = UUID.randomUUID().toString();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(event(rolledBack, "never happened"));
            assertThat(rows.about(rolledBack))
                    .as("written inside the transaction")
                    .hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(rows.about(rolledBack)).isEmpty();

        String failed = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    events.publishEvent(event(failed, "the change failed after publishing"));
                    throw new IllegalStateException("the change fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows.about(failed)).isEmpty();

        String committed = UUID.randomUUID().toString();
        inTransaction(() -> events.publishEvent(event(committed, "happened")));
        assertThat(rows.about(committed)).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("test.audited");
            assertThat(row.get("entity")).isEqualTo("test_entity");
            assertThat(row.get("actor_id")).isEqualTo(actor.id());
            assertThat(row.get("actor_name"))
                    .as("the username, copied at write time")
                    .isEqualTo(actor.username());
            assertThat(row.get("detail")).isEqualTo("happened");
        });
    }

    @Test
    void theTrailHoldsNoFullIdNumberOrMobile() {
        String entityId = UUID.randomUUID().toString();
        inTransaction(() -> events.publishEvent(
                event(entityId, "principal 11010519491231002X, mobile 13812345678, emergency +86 139-0013-9000")));
        String detail = (String) rows.about(entityId).get(0).get("detail");
        assertThat(detail).isEqualTo("principal 1101**********002X, mobile 138****5678, emergency +86 139-****-9000");
        assertThat(jdbc.queryForObject(UNMASKED_ROWS, Integer.class))
                .as("no row of the whole trail holds a full ID number or mobile")
                .isZero();
    }

    /**
     * An entity's id is kept whole even where its digits look like a mobile (about one random UUID in a
     * thousand): the row is found under its entity, as the admins' filter by entity looks for it.
     */
    @Test
    void anEntityIdWhoseDigitsLookLikeAMobileIsKeptWhole() {
        // a random UUID whose last group holds an 11-digit run shaped like a mobile (143…)
        String random = UUID.randomUUID().toString();
        String entityId =
                random.substring(0, 24) + "f143" + random.substring(28).replaceAll("[^0-9]", "7");
        assertThat(UUID.fromString(entityId).toString()).isEqualTo(entityId);
        inTransaction(() -> events.publishEvent(event(entityId, "about " + entityId)));

        assertThat(rows.about(entityId))
                .singleElement()
                .satisfies(row -> assertThat(row.get("detail")).isEqualTo("about " + entityId));
        assertThat(trail.search(new AuditQuery(null, "test_entity", entityId, null, null, null, null, null, 10))
                        .entries())
                .extracting(AuditEntry::entityId)
                .containsExactly(entityId);
        assertThat(jdbc.queryForObject(UNMASKED_ROWS, Integer.class))
                .as("an id is not a mobile")
                .isZero();
        // ...while a mobile beside it still counts (a row written past the masking, then rolled back)
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update(
                    "insert into audit_entry (occurred_at, kind, entity, entity_id, detail) values (now(), ?, ?, ?, ?)",
                    "test.audited",
                    "test_entity",
                    entityId,
                    entityId + " 13812345678");
            assertThat(jdbc.queryForObject(UNMASKED_ROWS, Integer.class)).isOne();
            status.setRollbackOnly();
        });
    }

    @Test
    void aLongDetailIsCutToItsColumnAfterMasking() {
        String entityId = UUID.randomUUID().toString();
        String longDetail = "x".repeat(AuditTrail.DETAIL_LENGTH - 5) + " 13812345678";
        inTransaction(() -> events.publishEvent(event(entityId, longDetail)));
        String detail = (String) rows.about(entityId).get(0).get("detail");
        assertThat(detail).hasSize(AuditTrail.DETAIL_LENGTH).endsWith("…").doesNotContain("1381234");
    }

    @Test
    void anEventOutsideAnyTransactionIsWrittenInItsOwn() {
        String entityId = UUID.randomUUID().toString();
        events.publishEvent(event(entityId, "no transaction around"));
        assertThat(rows.about(entityId)).hasSize(1);
    }

    private TestAuditedEvent event(String entityId, String detail) {
        return new TestAuditedEvent("test.audited", "test_entity", entityId, actor.id(), detail);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
