package com.icpportal.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each text as JSON ({@code {"id": …, "to": …, "text": …, "reference": …}}, the id also as the
 * {@code Idempotency-Key} header, the same on every retry of one message) to a configured URL. Any 2xx
 * answer means accepted. A 5xx or 429 answer, a timeout or a broken connection is tried again, up to
 * {@code attempts} requests with exponential backoff (backoff, 2 × backoff, …); a 4xx answer is final.
 * Giving up throws {@link SmsDeliveryException}, which the outbox records as the message's last error.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final HttpClient client;
    private final URI url;
    private final Duration readTimeout;
    private final int attempts;
    private final Duration backoff;

    public HttpSmsGateway(URI url, Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.url = url;
        this.readTimeout = readTimeout;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    @Override
    public DeliveryStatus send(SmsMessage message) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json(message), StandardCharsets.UTF_8));
        if (message.id() != null) {
            // Every retry (here and on resubmission) carries the same key: a read timeout may follow
            // a text the gateway accepted, and only the gateway can then drop the repeat.
            builder.header("Idempotency-Key", message.id());
        }
        HttpRequest request = builder.build();
        String lastProblem = null;
        Exception lastException = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return DeliveryStatus.SENT;
                }
                lastProblem = "HTTP " + status;
                lastException = null;
                if (status < 500 && status != 429) {
                    throw new SmsDeliveryException(
                            "SMS gateway refused the message: " + lastProblem, attempt, null, true);
                }
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                lastException = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SmsDeliveryException("interrupted while sending an SMS", attempt, e);
            }
            if (attempt < attempts) {
                LOG.warn("SMS gateway attempt {} of {} failed ({}); trying again", attempt, attempts, lastProblem);
                pause(backoff.multipliedBy(1L << Math.min(attempt - 1, 16)));
            }
        }
        throw new SmsDeliveryException(
                "SMS gateway failed: " + lastProblem + " after " + attempts + " attempts", attempts, lastException);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("interrupted while waiting to retry an SMS", 0, e);
        }
    }

    static String json(SmsMessage message) {
        return "{" + (message.id() == null ? "" : "\"id\":" + quote(message.id()) + ",") + "\"to\":"
                + quote(message.to()) + ",\"text\":" + quote(message.text()) + ",\"reference\":"
                + quote(message.reference()) + "}";
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
