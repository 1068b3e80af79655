package com.icpportal.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id that each log line written while it is handled carries (the MDC
 * key {@code traceId}: a field of the structured JSON logs, {@code [traceId]} in the plain ones
 * through {@code logging.pattern.correlation}), and sends it back as {@code X-Trace-Id} so that a
 * person reporting a problem can quote it. The id of a W3C {@code traceparent} header set by a load
 * balancer or proxy in front is kept, so that its logs and the portal's match; otherwise a new random
 * one is made. A plain MDC filter rather than Micrometer Tracing, which would add Brave or
 * OpenTelemetry to the jar for ids that nothing else here exports.
 *
 * <p>First of all filters, so that Spring Security's and the outage page's lines carry it too.
 */
class TraceIdFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "traceId";
    static final String HEADER = "X-Trace-Id";
    private static final String ATTRIBUTE = TraceIdFilter.class.getName();
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
            FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the error page's dispatch keeps the id of the request it belongs to
        String traceId = request.getAttribute(ATTRIBUTE) instanceof String kept
                ? kept
                : traceId(request.getHeader("traceparent"));
        request.setAttribute(ATTRIBUTE, traceId);
        MDC.put(MDC_KEY, traceId);
        response.setHeader(HEADER, traceId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page's lines belong to the same request
    }

    static String traceId(String traceparent) {
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.trim());
            if (matcher.matches() && !matcher.group(1).equals(ZERO_TRACE)) {
                return matcher.group(1);
            }
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
