package com.icpportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.IcpPortalApplication;
import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentsPageHtml;
import com.icpportal.support.HttpSession;
import com.icpportal.support.S3TestServer;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestDatabase;
import com.icpportal.support.TestFilesForUpload;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Two portal nodes (two Spring contexts, each on its own Tomcat at a random port) on one PostgreSQL,
 * as behind a load balancer: what one node knows, the other knows. They get a database of their own
 * on the test server, so that the contexts the rest of the suite keeps (and their jobs) do not
 * share the job locks with them. Sessions are Spring Session's in PostgreSQL here (the MockMvc
 * contexts keep the container's).
 *
 * <p>Parts: sessions; scheduled jobs; documents: both nodes keep them in one S3 server (S3Proxy, in
 * this JVM: {@link S3TestServer}), each with a local directory of its own for its incoming area, so
 * that a document can only reach the other node through the bucket.
 */
class TwoNodesTest {

    /** Every scheduled job: each takes its lock under this name ({@code ClusterJobs.runOnce}). */
    static final Set<String> JOBS = Set.of(
            "overdue-orders",
            "sms-expiry",
            "simulated-administration",
            "sms-deadline-reminders",
            "publication-resubmission",
            "document-sweep",
            "login-throttle-cleanup",
            "session-cleanup");

    /** Each node's attempts to take a job's lock, and whether it got it. */
    record Attempt(String node, String job, boolean ran) {}

    static final List<Attempt> ATTEMPTS = new CopyOnWriteArrayList<>();

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws SQLException, IOException {
        String url = ownDatabase("two_nodes");
        nodeA = start("node-a", url);
        nodeB = start("node-b", url);
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    // --- sessions -------------------------------------------------------------------------------

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOtherAndCutOnBothByAPasswordChange() throws Exception {
        String username = "cluster-" + System.nanoTime() % 1_000_000;
        UUID id = nodeA.getBean(Accounts.class)
                .create(new NewAccount(
                        username,
                        "Cluster Tester",
                        username + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.APPLICANT),
                        null));
        Browser browser = new Browser();

        browser.signIn(port(nodeA), username, TestData.PASSWORD);

        HttpResponse<String> onB = browser.get(port(nodeB), "/filings");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Cluster Tester");
        HttpResponse<String> backOnA = browser.get(port(nodeA), "/filings");
        assertThat(backOnA.statusCode()).isEqualTo(200);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isEqualTo(1);

        // The session guard's cut reaches the session whichever node serves it next.
        nodeB.getBean(Accounts.class)
                .changePassword(id, TestData.PASSWORD, "another horse battery staple 42", "127.0.0.1");
        HttpResponse<String> afterChange = browser.get(port(nodeA), "/filings");
        assertThat(afterChange.statusCode()).isEqualTo(302);
        assertThat(afterChange.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        assertThat(browser.get(port(nodeB), "/filings")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/login");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionOnTheOtherAtItsNextRequest() throws Exception {
        String admin = "cluster-disabler-" + System.nanoTime() % 1_000_000;
        UUID adminId = nodeB.getBean(Accounts.class)
                .create(new NewAccount(
                        admin,
                        "Cluster Disabler",
                        admin + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.ADMIN),
                        null));
        String username = "cluster-disabled-" + System.nanoTime() % 1_000_000;
        UUID id = nodeA.getBean(Accounts.class)
                .create(new NewAccount(
                        username,
                        "Disabled Tester",
                        username + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.APPLICANT),
                        null));
        Browser browser = new Browser();
        browser.signIn(port(nodeA), username, TestData.PASSWORD);
        // node A has checked the account and keeps what it read (SessionGuard): pages go on without reading it
        assertThat(browser.get(port(nodeA), "/filings").statusCode()).isEqualTo(200);
        assertThat(browser.get(port(nodeA), "/filings").statusCode()).isEqualTo(200);

        Accounts onB = nodeB.getBean(Accounts.class);
        onB.disable(adminId, id, onB.findById(id).orElseThrow().version());

        HttpResponse<String> next = browser.get(port(nodeA), "/filings");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
    }

    @Test
    void aNoticeWrittenOrReadOnOneNodeShowsInTheOthersHeaderAtItsNextRequest() throws Exception {
        String username = "cluster-notices-" + System.nanoTime() % 1_000_000;
        UUID id = nodeA.getBean(Accounts.class)
                .create(new NewAccount(
                        username,
                        "Notice Tester",
                        username + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.APPLICANT),
                        null));
        Browser browser = new Browser();
        browser.signIn(port(nodeA), username, TestData.PASSWORD);
        assertThat(browser.get(port(nodeA), "/filings").body()).doesNotContain("Notices (");

        // node A keeps the count it read; node B writes a notice
        nodeB.getBean(JdbcTemplate.class)
                .update(
                        "insert into notification (id, dedup_key, channel, kind, recipient_account_id, locale, subject,"
                                + " body, status, created_at) values (gen_random_uuid(), 'cluster:' || gen_random_uuid(),"
                                + " 'NOTICE', 'APPROVED', ?, 'en', 'From node B', 'From node B', 'SENT', now())",
                        id);
        assertThat(browser.get(port(nodeA), "/filings").body()).contains("Notices (1)");
        assertThat(browser.get(port(nodeA), "/filings").body()).contains("Notices (1)");

        nodeB.getBean(com.icpportal.notification.Notifications.class).markAllRead(id);
        assertThat(browser.get(port(nodeA), "/filings").body()).doesNotContain("Notices (");
    }

    @Test
    void aBusySessionWritesItsLastAccessOnceAMinuteNotOnEveryPage() throws Exception {
        String username = "cluster-busy-" + System.nanoTime() % 1_000_000;
        nodeA.getBean(Accounts.class)
                .create(new NewAccount(
                        username,
                        "Busy Tester",
                        username + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.APPLICANT),
                        null));
        Browser browser = new Browser();
        browser.signIn(port(nodeA), username, TestData.PASSWORD);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String row = "select last_access_time || '/' || expiry_time from spring_session where principal_name = ?";
        String signedIn = jdbc.queryForObject(row, String.class, username);

        // Pages within the minute on either node: the session's row stays as it was.
        assertThat(browser.get(port(nodeB), "/filings").statusCode()).isEqualTo(200);
        assertThat(browser.get(port(nodeA), "/filings").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(row, String.class, username)).isEqualTo(signedIn);

        // Once the stored time is a minute old, the next page (on the other node) moves it and the expiry on.
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 61000,"
                        + " expiry_time = expiry_time - 61000 where principal_name = ?",
                username);
        long aged = jdbc.queryForObject(
                "select last_access_time from spring_session where principal_name = ?", Long.class, username);
        assertThat(browser.get(port(nodeB), "/filings").statusCode()).isEqualTo(200);
        Map<String, Object> moved = jdbc.queryForMap(
                "select last_access_time, expiry_time, max_inactive_interval from spring_session"
                        + " where principal_name = ?",
                username);
        assertThat((Long) moved.get("last_access_time")).isGreaterThanOrEqualTo(aged + 61000);
        assertThat((Long) moved.get("expiry_time"))
                .isEqualTo((Long) moved.get("last_access_time") + 1000L * (Integer) moved.get("max_inactive_interval"));
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String username = "cluster-out-" + System.nanoTime() % 1_000_000;
        nodeB.getBean(Accounts.class)
                .create(new NewAccount(
                        username,
                        "Leaving Tester",
                        username + "@example.test",
                        TestData.PASSWORD,
                        Set.of(Role.APPLICANT),
                        null));
        Browser browser = new Browser();
        browser.signIn(port(nodeB), username, TestData.PASSWORD);
        String token =
                HttpSession.csrfToken(browser.get(port(nodeA), "/filings").body());

        HttpResponse<String> out = browser.post(port(nodeA), "/logout", "_csrf=" + encode(token));

        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        HttpResponse<String> onB = browser.get(port(nodeB), "/filings");
        assertThat(onB.statusCode()).isEqualTo(302);
        assertThat(onB.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void aFlashMessageSetOnOneNodeIsShownByTheOther() throws Exception {
        String admin = "cluster-admin-" + System.nanoTime() % 1_000_000;
        UUID adminId = nodeA.getBean(Accounts.class)
                .create(new NewAccount(
                        admin, "Cluster Admin", admin + "@example.test", TestData.PASSWORD, Set.of(Role.ADMIN), null));
        // staff sign in with a second factor: the published test secret
        nodeA.getBean(com.icpportal.account.SecondFactors.class)
                .enrolKnownSecret(adminId, com.icpportal.support.SecondFactorCodes.SECRET);
        Browser browser = new Browser();
        browser.signIn(port(nodeA), admin, TestData.PASSWORD);
        String token = HttpSession.csrfToken(
                browser.get(port(nodeA), "/admin/accounts/new").body());
        String reviewer = "cluster-reviewer-" + System.nanoTime() % 1_000_000;

        HttpResponse<String> created = browser.post(
                port(nodeA),
                "/admin/accounts",
                "username=" + reviewer + "&displayName=Cluster+Reviewer&email=" + reviewer
                        + "%40example.test&roles=REVIEWER&_csrf=" + encode(token));

        assertThat(created.statusCode()).isEqualTo(302);
        String accountPage = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        // The one-time link travels in the session's flash map (an IssuedLink) to the other node.
        HttpResponse<String> onB = browser.get(port(nodeB), accountPage);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("id=\"issued-link\"", "class=\"one-time-link\"");
        assertThat(browser.get(port(nodeA), accountPage).body()).doesNotContain("id=\"issued-link\"");
    }

    // --- scheduled jobs -------------------------------------------------------------------------

    @Test
    void eachJobRanOnceWhileBothNodesWereUp() {
        // Each node's timers fire once soon after its start, then not for an hour: both try every job.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ATTEMPTS.stream()
                                .map(attempt -> attempt.node() + "/" + attempt.job())
                                .collect(Collectors.toSet()))
                        .hasSize(JOBS.size() * 2));

        Map<String, Long> runs = ATTEMPTS.stream()
                .filter(Attempt::ran)
                .collect(Collectors.groupingBy(Attempt::job, Collectors.counting()));
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(JOBS);
        assertThat(runs.values()).containsOnly(1L);
        JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select name from shedlock", String.class))
                .containsExactlyInAnyOrderElementsOf(JOBS);
    }

    // --- documents ------------------------------------------------------------------------------

    @Test
    void aDocumentUploadedThroughOneNodeDownloadsThroughTheOtherWithTheSameBytes() throws Exception {
        TestData testData = nodeA.getBean(TestData.class);
        TestAccount applicant = testData.account("cluster-docs", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(applicant, "北京集群文件测试有限公司", TestData.uniqueDomain("cluster-docs"));
        UUID orderId = nodeA.getBean(ChangeOrders.class)
                .start(Actor.applicant(applicant.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        byte[] content = TestFilesForUpload.png(640, 640);
        Browser browser = new Browser();
        browser.signIn(port(nodeA), applicant.username(), TestData.PASSWORD);
        String page =
                browser.get(port(nodeA), "/orders/" + orderId + "/documents").body();

        HttpResponse<String> uploaded = browser.upload(
                port(nodeA),
                DocumentsPageHtml.uploadAction(page, DocumentKind.ID_CARD_FRONT).getPath(),
                DocumentsPageHtml.uploadToken(page, DocumentKind.ID_CARD_FRONT),
                "front.png",
                content);

        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElse("")).endsWith("/orders/" + orderId + "/documents");
        UUID documentId = nodeB.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select d.id from document d join document_attachment a on a.document_id = d.id"
                                + " where a.reference = ? and a.kind = 'ID_CARD_FRONT'",
                        UUID.class,
                        orderId.toString());
        HttpResponse<byte[]> onB = browser.download(port(nodeB), "/documents/" + documentId);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).isEqualTo(content);
    }

    // --- the nodes ------------------------------------------------------------------------------

    private static ConfigurableApplicationContext start(String node, String url) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        // A local directory of each node's own (its incoming area): documents are shared through S3 only.
        properties.put(
                "portal.documents.directory",
                Files.createTempDirectory("two-nodes-" + node).toString());
        properties.put("spring.datasource.url", url);
        properties.put("portal.cluster.node-name", node);
        // Each job once soon after start, then not again during the test.
        for (String[] job : new String[][] {
            {"portal.overdue.initial-delay", "portal.overdue.check-interval"},
            {"portal.authority.sms-expiry-initial-delay", "portal.authority.sms-expiry-interval"},
            {"portal.authority.simulated.initial-delay", "portal.authority.simulated.poll-interval"},
            {"portal.notifications.reminder-initial-delay", "portal.notifications.reminder-interval"},
            {"portal.notifications.resubmit-initial-delay", "portal.notifications.resubmit-interval"},
            {"portal.documents.sweep-initial-delay", "portal.documents.sweep-interval"},
            {"portal.login.cleanup-initial-delay", "portal.login.cleanup-interval"},
            {"portal.session.cleanup-initial-delay", "portal.session.cleanup-interval"}
        }) {
            properties.put(job[0], "PT1S");
            properties.put(job[1], "PT1H");
        }
        return new SpringApplicationBuilder(IcpPortalApplication.class, RecordedJobLocks.class)
                // Spring Session on (TestDatabase leaves it out for the MockMvc contexts).
                .properties("portal.test.spring-session=true")
                .initializers(
                        new TestDatabase(),
                        new S3TestServer(),
                        context -> context.getEnvironment()
                                .getPropertySources()
                                .addFirst(new MapPropertySource("node", properties)))
                .run();
    }

    /** A database of its own on the suite's PostgreSQL server (Flyway migrates it when node A starts). */
    private static String ownDatabase(String name) throws SQLException {
        var server = TestDatabase.server();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
            connection.createStatement().execute("drop database if exists " + name + " with (force)");
            connection.createStatement().execute("create database " + name);
        }
        return server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Wraps each node's ShedLock provider: records which node tried which job and whether it got the
     * lock. A source of the two nodes only (not a {@code @Configuration}, which the other test
     * contexts' component scan would pick up).
     */
    static class RecordedJobLocks {

        @Bean
        static BeanPostProcessor recordJobLocks(org.springframework.core.env.Environment environment) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof LockProvider locks)) {
                        return bean;
                    }
                    String node = environment.getProperty("portal.cluster.node-name", "?");
                    return (LockProvider) (LockConfiguration configuration) -> {
                        Optional<SimpleLock> lock = locks.lock(configuration);
                        ATTEMPTS.add(new Attempt(node, configuration.getName(), lock.isPresent()));
                        return lock;
                    };
                }
            };
        }
    }

    /** One browser (one cookie jar) whose requests go to either node, as a load balancer would send them. */
    static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "en")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> download(int port, String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        /** The upload form as a browser posts it: multipart, the CSRF token a field of the body. */
        HttpResponse<String> upload(int port, String path, String csrfToken, String fileName, byte[] content)
                throws IOException, InterruptedException {
            String boundary = "----cluster" + UUID.randomUUID().toString().replace("-", "");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: image/png\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Accept-Language", "en")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(int port, String path, String form) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "en")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        void signIn(int port, String username, String password) throws IOException, InterruptedException {
            String token = HttpSession.csrfToken(get(port, "/login").body());
            HttpResponse<String> response = post(
                    port,
                    "/login",
                    "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
            assertThat(response.statusCode()).isEqualTo(302);
            String next = response.headers().firstValue("Location").orElse("");
            assertThat(next).doesNotContain("error");
            if (!next.contains("/second-factor")) {
                // a staff page asks for the second factor at the first request after the password
                next = get(port, "/").headers().firstValue("Location").orElse("");
            }
            if (next.contains("/second-factor")) {
                String path = URI.create(next).getPath();
                String factorToken = HttpSession.csrfToken(get(port, path).body());
                String code = com.icpportal.account.Totp.code(
                        com.icpportal.support.SecondFactorCodes.SECRET, java.time.Instant.now());
                HttpResponse<String> factor =
                        post(port, path, "code=" + encode(code) + "&_csrf=" + encode(factorToken));
                assertThat(factor.statusCode()).isEqualTo(302);
                assertThat(factor.headers().firstValue("Location").orElse("")).doesNotContain("second-factor");
            }
        }
    }
}
