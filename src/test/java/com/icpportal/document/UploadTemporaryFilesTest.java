package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.HttpSession;
import com.icpportal.support.PortalServerTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/**
 * While an upload is being received, the servlet container's temporary file of it is inside the
 * document store's incoming area (which the start-up and the sweep clear), and nowhere else: not in
 * the container's own temporary directory, where a crash used to leave partial identity scans.
 */
@PortalServerTest
class UploadTemporaryFilesTest {

    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/orders/[^\"]+/documents/ID_CARD_FRONT)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    FileSystemDocumentStore store;

    @Test
    void anUploadInProgressIsReceivedInsideTheStoresIncomingAreaOnly() throws Exception {
        Instant started = Instant.now();
        TestAccount applicant = testData.account("partial", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(applicant, "北京半途上传有限公司", TestData.uniqueDomain("partial"));
        UUID orderId =
                changeOrders.start(Actor.applicant(applicant.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(client, applicant.username());
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/orders/" + orderId + "/documents"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher action = UPLOAD_ACTION.matcher(page);
        assertThat(action.find()).as("the upload form of the ID card's front").isTrue();
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();

        // A 3 MB scan of which the first megabyte arrives; then the connection stalls, as when the
        // portal is killed in the middle of an upload.
        byte[] marker = ("partial-scan-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        String boundary = "----partial" + HexFormat.of().formatHex(marker, 0, 6);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        int fileSize = 3 * 1024 * 1024;
        byte[] firstMegabyte = new byte[1024 * 1024];
        Arrays.fill(firstMegabyte, (byte) 'x');
        System.arraycopy(marker, 0, firstMegabyte, 0, marker.length);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + HtmlUtils.htmlUnescape(action.group(1)) + " HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nCookie: JSESSIONID=" + session
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: " + (head.length + fileSize + tail.length) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(firstMegabyte);
            out.flush();

            Path area = store.multipartArea();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(filesHolding(area, marker, started))
                            .as("the partial part, in the store's incoming area")
                            .singleElement()
                            .satisfies(part -> assertThat(Files.size(part)).isGreaterThanOrEqualTo(512 * 1024)));
            Path temporaryDirectory =
                    Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            Path storeRoot = store.ownIncomingArea().getParent().getParent().toRealPath();
            assertThat(filesHolding(temporaryDirectory, marker, started))
                    .as("files of the upload anywhere in the temporary directory")
                    .allSatisfy(file -> assertThat(file.toRealPath()).startsWith(storeRoot));
        }
        // The client went away: the container drops the part.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(filesHolding(store.multipartArea(), marker, started))
                        .isEmpty());
    }

    private void signIn(HttpClient client, String username) throws IOException, InterruptedException {
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(HttpSession.csrfToken(login), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Regular files under the directory, written since the test began, whose first bytes are the marker. */
    private static List<Path> filesHolding(Path directory, byte[] marker, Instant since) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.find(
                directory,
                12,
                (path, attributes) -> attributes.isRegularFile()
                        && attributes.lastModifiedTime().toInstant().isAfter(since.minusSeconds(1))
                        && attributes.size() >= marker.length)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (startsWith(file, marker)) {
                    found.add(file);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // a file or directory that went away while walking: look again on the next poll
            if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                throw e;
            }
        }
        return found;
    }

    private static boolean startsWith(Path file, byte[] marker) {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(marker.length), marker);
        } catch (IOException e) {
            return false;
        }
    }
}
