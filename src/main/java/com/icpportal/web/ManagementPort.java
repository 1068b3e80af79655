package com.icpportal.web;

import java.util.concurrent.atomic.AtomicInteger;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The port of the separate management server ({@code management.server.port}), once it listens:
 * the metrics endpoint is open there only, never on the port people use (see
 * {@link SecurityConfiguration}). Without a management port nothing matches.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private final AtomicInteger port = new AtomicInteger(-1);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port.set(event.getWebServer().getPort());
        }
    }

    /** Requests that arrived through the management server. */
    RequestMatcher requests() {
        return (HttpServletRequest request) -> port.get() > 0 && request.getLocalPort() == port.get();
    }
}
