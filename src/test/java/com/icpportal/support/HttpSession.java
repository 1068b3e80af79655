package com.icpportal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client with cookies against a running portal: sees exactly what a browser receives. */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final String base;
    private final HttpClient client;

    public HttpSession(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", "text/html,application/xhtml+xml");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST with any body and content type, as a script or a broken client would send it. */
    public HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a multipart/form-data body as a browser's form would (see {@link #multipart}). */
    public HttpResponse<String> postMultipart(String path, String boundary, byte[] body)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A multipart/form-data body: the text fields first (as a browser sends a form's hidden fields
     * before its file), then one file part named {@code file}.
     */
    public static byte[] multipart(
            String boundary,
            java.util.Map<String, String> fields,
            String fileName,
            String contentType,
            byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Signs in through the login form with its CSRF token, and the second factor when it is asked for. */
    public HttpSession signIn(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken(get("/login").body());
        HttpResponse<String> response = postForm(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        if (response.headers().firstValue("Location").orElse("").contains(SecondFactorCodes.PAGE)) {
            // staff (and applicants who enrolled one): the code their authenticator app shows now
            String code = SecondFactorCodes.onPort(port).code(username).orElseThrow();
            String factorToken = csrfToken(get(SecondFactorCodes.PAGE).body());
            HttpResponse<String> factor =
                    postForm(SecondFactorCodes.PAGE, "code=" + encode(code) + "&_csrf=" + encode(factorToken));
            if (factor.statusCode() != 302
                    || factor.headers().firstValue("Location").orElse("").contains(SecondFactorCodes.PAGE)) {
                throw new IllegalStateException("second factor refused for " + username);
            }
        }
        return this;
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
