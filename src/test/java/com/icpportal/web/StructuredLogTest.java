package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.icpportal.audit.logging.ConsoleEncoder;
import com.icpportal.audit.logging.MaskingJsonMembersCustomizer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * With structured logs on ({@code logging.structured.format.console=ecs}), a line logged while a
 * request is handled is JSON carrying the request's trace id (the one sent back as
 * {@code X-Trace-Id}, or a proxy's {@code traceparent}), with ID numbers and mobiles masked. The
 * console encoder of {@code logback-spring.xml} and the portal's JSON customizer, as configured.
 */
class StructuredLogTest {

    @Test
    void aRequestsLogLineInJsonHasItsTraceIdAndMaskedValues() throws Exception {
        List<ILoggingEvent> lines = new ArrayList<>();
        Logger logger = capturing(lines);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new TraceIdFilter()
                .doFilter(
                        request,
                        response,
                        (req, res) ->
                                logger.info("no account for mobile {} (ID {})", "13912345678", "11010519491231002X"));

        String traceId = response.getHeader(TraceIdFilter.HEADER);
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(lines).hasSize(1);
        String json = new String(ecsEncoder().encode(lines.get(0)), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("{")
                .contains("\"traceId\":\"" + traceId + "\"")
                .contains("no account for mobile 139****5678 (ID 1101**********002X)")
                .doesNotContain("13912345678", "11010519491231002X");
    }

    @Test
    void theTraceIdOfAProxysTraceparentIsKept() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();

        new TraceIdFilter().doFilter(request, response, (req, res) -> seen.add(org.slf4j.MDC.get("traceId")));

        assertThat(seen).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(response.getHeader(TraceIdFilter.HEADER)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(org.slf4j.MDC.get("traceId")).as("removed after the request").isNull();
    }

    @Test
    void stackTracesInJsonAreMaskedToo() {
        List<ILoggingEvent> lines = new ArrayList<>();
        capturing(lines).error("lookup failed", new IllegalStateException("no account for 13912345678"));

        String json = new String(ecsEncoder().encode(lines.get(0)), StandardCharsets.UTF_8);

        assertThat(json).contains("139****5678").doesNotContain("13912345678");
    }

    private static Logger capturing(List<ILoggingEvent> lines) {
        Logger logger = (Logger) LoggerFactory.getLogger("structured-log-test-" + System.nanoTime());
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing(); // keeps the MDC of the moment
                lines.add(event);
            }
        };
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        return logger;
    }

    private static ConsoleEncoder ecsEncoder() {
        LoggerContext context = new LoggerContext();
        Environment environment = new MockEnvironment()
                .withProperty("logging.structured.json.customizer", MaskingJsonMembersCustomizer.class.getName());
        context.putObject(Environment.class.getName(), environment);
        ConsoleEncoder encoder = new ConsoleEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        return encoder;
    }
}
