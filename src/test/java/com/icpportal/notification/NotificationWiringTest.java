package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.account.Accounts;
import com.icpportal.account.IssuedLink;
import com.icpportal.account.Role;
import com.icpportal.account.StaffAccount;
import com.icpportal.authority.AuthorityDecisions;
import com.icpportal.authority.AuthoritySettings;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.OrdersOverdue;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.SentSmsCodes;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * The other modules' events reach people: the simulated administration's code goes out as a text
 * to the mobile it names, a one-time link as an email to the new account, overdue orders as a
 * digest notice to the reviewer holding them.
 */
@PortalTest
class NotificationWiringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    AuthorityDecisions authority;

    @Autowired
    AuthoritySettings settings;

    @Autowired
    ProviderDecisions decisions;

    @Autowired
    SentSmsCodes codes;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void manualGateway() {
        settings.use(AuthoritySettings.MANUAL);
    }

    @Test
    void theSimulatedAdministrationsCodeIsTextedToTheMobileItNames() {
        settings.use(AuthoritySettings.SIMULATED);
        TestAccount applicant = testData.account("wiring-applicant", Role.APPLICANT);
        UUID reviewerId = testData.account("wiring-reviewer", Role.REVIEWER).id();
        UUID orderId = steps.awaitingSubmission(applicant, reviewerId, true, "13912345678");
        authority.submit(
                Actor.reviewer(reviewerId), orderId, decisions.find(orderId).version());
        String code = codes.latest(orderId, "13912345678").orElseThrow();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select body from notification where order_id = ? and kind = 'VERIFICATION_CODE' and recipient_address = ?",
                                String.class,
                                orderId,
                                "13912345678"))
                        .singleElement()
                        .asString()
                        .contains(code));
    }

    @Test
    void aNewAccountsOneTimeLinkIsEmailedOnce() {
        UUID admin = testData.account("wiring-admin", Role.ADMIN).id();
        String username = "wiring-new-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedLink link = accounts.open(
                new StaffAccount(username, "Wiring Reviewer", username + "@example.test", "en", Set.of(Role.REVIEWER)),
                admin,
                "https://icp.example.test");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select recipient_address, channel from notification where recipient_account_id = ? and kind = 'ACCOUNT_LINK'",
                                link.accountId()))
                        .containsExactly(Map.of("recipient_address", username + "@example.test", "channel", "EMAIL")));
    }

    @Test
    void overdueOrdersAreADigestNoticeAndADailyEmailToTheReviewerHoldingThem() {
        UUID reviewerId =
                testData.account("wiring-overdue-reviewer", Role.REVIEWER).id();
        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new OrdersOverdue(Instant.parse("2026-12-01T02:00:00Z"), 0, Map.of(reviewerId, 2))));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select channel || ' ' || kind from notification where recipient_account_id = ? order by channel",
                                String.class,
                                reviewerId))
                        .containsExactly("EMAIL ORDERS_OVERDUE", "NOTICE ORDERS_OVERDUE"));
    }
}
