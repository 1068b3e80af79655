package com.icpportal.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

/**
 * One SMTP server (GreenMail) and one SMS gateway (a local HTTP server) per test JVM, and the
 * properties that point the notification test context at them. Tests may stop and start the SMTP
 * server and make the SMS gateway answer 503.
 */
public final class NotificationServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail smtp;
    private static int smtpPort;
    private static HttpServer sms;
    private static final List<String> SMS_REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger SMS_STATUS = new AtomicInteger(200);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "notification-servers",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", String.valueOf(smtpPort),
                                "spring.mail.properties.mail.smtp.connectiontimeout", "2000",
                                "spring.mail.properties.mail.smtp.timeout", "5000",
                                "portal.sms.gateway", "http",
                                "portal.sms.http.url",
                                        "http://127.0.0.1:" + sms.getAddress().getPort() + "/sms",
                                "portal.sms.http.attempts", "2",
                                "portal.sms.http.backoff", "PT0.02S",
                                // tests resubmit by hand; the scheduled jobs stay out of their way
                                "portal.notifications.resubmit-interval", "PT1H")));
    }

    static synchronized void start() {
        if (sms != null) {
            return;
        }
        try {
            try (ServerSocket free = new ServerSocket(0)) {
                smtpPort = free.getLocalPort();
            }
            startSmtp();
            sms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            sms.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = SMS_STATUS.get();
                if (status == 200) {
                    SMS_REQUESTS.add(body);
                }
                byte[] answer = (status == 200 ? "{\"accepted\":true}" : "{\"error\":\"unavailable\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            sms.setExecutor(Executors.newFixedThreadPool(2));
            sms.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP server; a new instance after {@link #restartSmtp()}. */
    static synchronized GreenMail smtp() {
        return smtp;
    }

    static synchronized void stopSmtp() {
        smtp.stop();
    }

    /** Starts a fresh SMTP server on the same port (it has received nothing yet). */
    static synchronized void restartSmtp() {
        startSmtp();
    }

    private static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** JSON bodies the SMS gateway accepted. */
    static List<String> smsRequests() {
        return SMS_REQUESTS;
    }

    /** 200 accepts; anything else refuses (and records nothing). */
    static void smsAnswers(int status) {
        SMS_STATUS.set(status);
    }
}
