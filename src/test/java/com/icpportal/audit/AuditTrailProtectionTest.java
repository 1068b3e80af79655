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

    /** Rows of the whole trail holding a full ID number or mobile (there must be none). */
    static final String UNMASKED_ROWS = """
            select count(*) from audit_entry
             where detail ~ '(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)' or detail ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)'
                or actor_name ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' or entity_id ~ '(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)'
                or entity_id ~ '(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)'""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestData testData;

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
