package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icpportal.support.PortalServerTest;

/**
 * Stylesheet and script as a browser gets them from the real server: under a URL with a hash of
 * their content, cacheable for a year, gzipped, and without a session (their own short filter
 * chain). Pages are gzipped too.
 */
@PortalServerTest
class StaticResourcesTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/portal-[0-9a-f]{32}\\.js)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void assetsCarryAContentHashAndAreCachedForAYearWithoutASession() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        Matcher stylesheet = STYLESHEET.matcher(html);
        Matcher script = SCRIPT.matcher(html);
        assertThat(stylesheet.find()).as("hashed stylesheet link in %s", html).isTrue();
        assertThat(script.find()).as("hashed script link").isTrue();

        for (String asset : new String[] {stylesheet.group(1), script.group(1)}) {
            HttpResponse<byte[]> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(value ->
                            assertThat(value).contains("max-age=31536000").contains("public"));
            assertThat(response.headers().firstValue("Set-Cookie")).as(asset).isEmpty();
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(asset)
                    .hasValue("gzip");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(asset)
                    .hasValue("nosniff");
        }
        assertThat(gunzip(get(stylesheet.group(1)).body())).contains("{");
    }
}
