package com.icpportal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The machine API's door: {@code Authorization: Bearer <token>} must carry the configured token.
 * Both are hashed before a constant-time comparison, so neither content nor length leaks through
 * timing. Without a configured token the API stays closed. Each refusal answers 401 with a small
 * JSON body and is published as {@link ApiTokenRefused}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "API";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(String token, ApplicationEventPublisher events) {
        this.expected = token == null || token.isBlank() ? null : sha256(token.strip());
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String refusal;
        if (expected == null) {
            refusal = "not-configured";
        } else if (header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            refusal = "missing";
        } else if (!MessageDigest.isEqual(
                expected, sha256(header.substring(BEARER.length()).strip()))) {
            refusal = "wrong";
        } else {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "api", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
            contexts.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                contexts.clearContext();
            }
            return;
        }
        events.publishEvent(new ApiTokenRefused(request.getRequestURI(), request.getRemoteAddr(), refusal));
        refuse(response);
    }

    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"unauthorized\"}");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
