package com.icpportal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile with a setting that would be unsafe in front of the
 * internet: the session cookie without {@code Secure}, forwarded headers not believed (then the
 * portal sees plain HTTP behind the TLS proxy and sends no HSTS), no {@code https} base URL, demo
 * data (published passwords), the published key of second-factor secrets, or actuator endpoints and health details open to anyone. Every
 * problem is named at once, so one restart fixes them all.
 */
@Component
@Profile("prod")
class ProductionChecks {

    /** The published key of application.yml that seals the demo and test TOTP secrets. */
    static final String DEMO_FACTOR_KEY = "SUNQLURFTU8tRkFDVE9SLUtFWS1OT1QtQS1TRUNSRVQ=";

    ProductionChecks(Environment environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile cannot start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        String baseUrl = environment.getProperty("portal.base-url", "").strip();
        if (baseUrl.isEmpty()) {
            problems.add("set portal.base-url to the https address people reach the portal at");
        } else if (!isHttps(baseUrl)) {
            problems.add("portal.base-url must be an https address, not " + baseUrl);
        }
        if (environment.getProperty("portal.login.device-secret", "").strip().length() < 32) {
            problems.add("set portal.login.device-secret (PORTAL_LOGIN_DEVICE_SECRET) to 32 or more random characters, "
                    + "the same on every node");
        }
        String factorKey =
                environment.getProperty("portal.security.factor-key", "").strip();
        if (factorKey.isEmpty() || factorKey.equals(DEMO_FACTOR_KEY)) {
            problems.add("set portal.security.factor-key (PORTAL_SECURITY_FACTOR_KEY) to your own key, "
                    + "32 bytes in Base64 (openssl rand -base64 32), the same on every node: the default is published");
        } else if (!isKey(factorKey)) {
            problems.add("portal.security.factor-key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        if (!environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("server.servlet.session.cookie.secure must be true");
        }
        String forwarded = environment
                .getProperty("server.forward-headers-strategy", "none")
                .toLowerCase(Locale.ROOT);
        if (!forwarded.equals("native") && !forwarded.equals("framework")) {
            problems.add("server.forward-headers-strategy must be native (behind the TLS proxy)");
        }
        if (!Boolean.FALSE.equals(environment.getProperty("portal.demo-data", Boolean.class))) {
            problems.add("portal.demo-data must be false: demo accounts have published passwords");
        }
        String details = environment
                .getProperty("management.endpoint.health.show-details", "never")
                .toLowerCase(Locale.ROOT);
        if (!details.equals("never")) {
            problems.add("management.endpoint.health.show-details must be never");
        }
        String exposed = environment
                .getProperty("management.endpoints.web.exposure.include", "health")
                .replace(" ", "");
        if (!exposed.equals("health")) {
            problems.add("management.endpoints.web.exposure.include must be health only, not " + exposed);
        }
        return problems;
    }

    private static boolean isKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
