package com.icpportal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.Documents;
import com.icpportal.document.Upload;
import com.icpportal.document.UploadOutcome;
import com.icpportal.support.PortalS3Test;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestFilesForUpload;

/**
 * Prometheus scrapes the portal's own figures from the management port without signing in; the
 * port people use gives the metrics to nobody, signed in or not. The gauges read one snapshot,
 * taken again only after the refresh interval.
 */
@PortalS3Test
class MetricsEndpointTest {

    static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @Autowired
    TestData testData;

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalMetrics metrics;

    @Test
    void prometheusScrapesThePortalsFiguresFromTheManagementPort() throws Exception {
        var owner = testData.account("metrics", Role.APPLICANT);
        UploadOutcome outcome = documents.upload(new Upload(
                owner.id(),
                null,
                "metrics-" + UUID.randomUUID(),
                DocumentKind.ID_CARD_FRONT,
                "front.png",
                "image/png",
                new ByteArrayInputStream(TestFilesForUpload.png(640, 640))));
        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);

        HttpResponse<String> scrape = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("portal_orders_open{state=\"PROVIDER_REVIEW\"}")
                .contains("portal_orders_open{state=\"DRAFT\"}")
                .contains("portal_orders_overdue ")
                .contains("portal_outbox_messages{status=\"PENDING\"}")
                .contains("portal_outbox_messages{status=\"DEAD\"}")
                .contains("portal_reviews_in_time_ratio ")
                .contains("portal_documents_upload_size_bytes_count")
                .contains("portal_documents_upload_size_bytes_bucket");
        assertThat(uploadCount(scrape.body())).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void theMainPortGivesTheMetricsToNobody() throws Exception {
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("portal_orders_open");

        var admin = testData.account("metrics-admin", Role.ADMIN);
        String body = mvc.perform(get("/actuator/prometheus").session(Sessions.signIn(mvc, admin.username())))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("portal_orders_open");
    }

    @Test
    void everyGaugeReadsOneSnapshotUntilTheRefreshInterval() {
        PortalMetrics.Snapshot first = metrics.current();
        assertThat(metrics.current()).isSameAs(first);
    }

    private static double uploadCount(String body) {
        return body.lines()
                .filter(line -> line.startsWith("portal_documents_upload_size_bytes_count"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
