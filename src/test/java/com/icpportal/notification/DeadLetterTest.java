package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/**
 * A text the gateway refuses for good (HTTP 400) becomes a dead letter at once: the event
 * publication completes, resubmission does not send it again, and the outbox page shows it with a
 * resend button that sends it once the gateway accepts.
 */
@NotificationTest
class DeadLetterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    OrderJourney journey;

    @Autowired
    PublicationResubmission resubmission;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @AfterEach
    void gatewayAcceptsAgain() {
        NotificationServers.smsAnswers(200);
    }

    @Test
    void aRefusedTextIsADeadLetterNotRetriedUntilAnAdminResendsIt() throws Exception {
        var applicant = journey.applicant("dead-letter", "en");
        ChangeOrderView order = journey.inAuthorityReview(applicant, journey.reviewer());
        await().atMost(PATIENCE).until(() -> incompletePublications(order.id()) == 0);

        NotificationServers.smsAnswers(400);
        journey.approve(order);
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(smsRow(order.id())).containsEntry("status", "DEAD"));
        await().atMost(PATIENCE).until(() -> incompletePublications(order.id()) == 0);
        assertThat((String) smsRow(order.id()).get("last_error")).contains("HTTP 400");

        int requestsBefore = NotificationServers.smsRequests().size();
        resubmission.resubmit(Duration.ZERO);
        assertThat(smsRow(order.id())).containsEntry("status", "DEAD").containsEntry("attempts", 1);
        assertThat(NotificationServers.smsRequests()).as("not retried").hasSize(requestsBefore);

        var admin =
                Sessions.signIn(mvc, testData.account("dead-admin", Role.ADMIN).username());
        mvc.perform(get("/admin/outbox").param("status", "DEAD").session(admin))
                .andExpect(content().string(containsString("Dead letter: not retried")))
                .andExpect(content().string(containsString("The SMS gateway refused this text for good")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("HTTP 400"))))
                .andExpect(content()
                        .string(containsString(
                                "/admin/outbox/" + smsRow(order.id()).get("id") + "/resend")));
        NotificationServers.smsAnswers(200);
        mvc.perform(post("/admin/outbox/{id}/resend", smsRow(order.id()).get("id"))
                .session(admin)
                .with(csrf()));
        assertThat(smsRow(order.id())).containsEntry("status", "SENT");
    }

    private Map<String, Object> smsRow(UUID orderId) {
        return jdbc.queryForMap(
                "select id, status, attempts, last_error from notification where order_id = ? and channel = 'SMS' and kind = 'APPROVED'",
                orderId);
    }

    private int incompletePublications(UUID orderId) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class,
                "%" + orderId + "%");
    }
}
