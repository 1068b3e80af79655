package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The HTTP SMS gateway against a local server: JSON body, retries on 503 with backoff, gives up after the attempts. */
class HttpSmsGatewayTest {

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void retriesAfter503AndSucceeds() throws IOException {
        HttpSmsGateway gateway = gateway(request -> request < 3 ? 503 : 200, 3);

        DeliveryStatus status = gateway.send(new SmsGateway.SmsMessage("13800138000", "您好 \"quoted\"\n", "CO-1"));

        assertThat(status).isEqualTo(DeliveryStatus.SENT);
        assertThat(requests).hasValue(3);
        assertThat(bodies.get(0))
                .isEqualTo("{\"to\":\"13800138000\",\"text\":\"您好 \\\"quoted\\\"\\n\",\"reference\":\"CO-1\"}");
    }

    @Test
    void everyRetryOfOneMessageCarriesItsIdSoTheGatewayCanDropARepeat() throws IOException {
        HttpSmsGateway gateway = gateway(request -> request < 2 ? 503 : 200, 3);

        gateway.send(new SmsGateway.SmsMessage("13800138000", "text", "CO-3", "5f0c7a52-message-id"));

        assertThat(keys).containsExactly("5f0c7a52-message-id", "5f0c7a52-message-id");
        assertThat(bodies).allSatisfy(body -> assertThat(body).startsWith("{\"id\":\"5f0c7a52-message-id\",\"to\":"));
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() throws IOException {
        HttpSmsGateway gateway = gateway(request -> 503, 3);

        assertThatThrownBy(() -> gateway.send(new SmsGateway.SmsMessage("13800138000", "text", "CO-2")))
                .isInstanceOfSatisfying(SmsDeliveryException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("HTTP 503 after 3 attempts");
                });
        assertThat(requests).hasValue(3);
    }

    @Test
    void aClientErrorIsNotRetried() throws IOException {
        HttpSmsGateway gateway = gateway(request -> 400, 3);

        assertThatThrownBy(() -> gateway.send(new SmsGateway.SmsMessage("13800138000", "text", null)))
                .isInstanceOf(SmsDeliveryException.class)
                .hasMessageContaining("HTTP 400");
        assertThat(requests).hasValue(1);
    }

    @Test
    void anUnreachableGatewayFailsAfterTheAttempts() throws IOException {
        HttpSmsGateway gateway = gateway(request -> 200, 2);
        server.stop(0);

        assertThatThrownBy(() -> gateway.send(new SmsGateway.SmsMessage("13800138000", "text", null)))
                .isInstanceOfSatisfying(
                        SmsDeliveryException.class,
                        e -> assertThat(e.attempts()).isEqualTo(2));
    }

    private HttpSmsGateway gateway(IntUnaryOperator statusOfRequest, int attempts) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            int status = statusOfRequest.applyAsInt(requests.incrementAndGet());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return new HttpSmsGateway(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                attempts,
                Duration.ofMillis(10));
    }
}
