package com.icpportal.account;

import java.io.IOException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request when the account was disabled, its password changed
 * since the session began (the account's session generation moved on), the session was idle too long
 * or is older than the absolute limit. Both limits run on the portal's clock, so tests can fix time;
 * the servlet container's own session timeout stays as a backstop. The check is one primary-key
 * lookup per request. Registered right after Spring Security's filters ({@link SessionGuardConfiguration}).
 */
public class SessionGuard extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "portal.session.signedInAt";
    static final String LAST_SEEN_AT = "portal.session.lastSeenAt";
    static final String GENERATION = "portal.session.generation";
    /** Where an ended session is sent: the sign-in page says the session has ended. */
    static final String ENDED_URL = "/login?ended";

    private static final List<String> STATIC = List.of("/css/", "/js/", "/images/", "/favicon.ico");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SessionSettings settings;

    SessionGuard(JdbcTemplate jdbc, Clock clock, SessionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new sign-in starts the session's clocks and remembers the account's generation. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            start(attributes.getRequest().getSession(), user.sessionGeneration());
        }
    }

    /** After a password change: this session goes on under the account's new generation. */
    public static void keep(HttpSession session, long generation) {
        session.setAttribute(GENERATION, generation);
    }

    private void start(HttpSession session, long generation) {
        Instant now = clock.instant();
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_SEEN_AT, now);
        session.setAttribute(GENERATION, generation);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            if (session.getAttribute(SIGNED_IN_AT) == null) {
                start(session, user.sessionGeneration());
            }
            if (!valid(session, user.id())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + ENDED_URL);
                return;
            }
            // Written only once it is lastAccessResolution old: a session store that persists changed
            // attributes (Spring Session JDBC, with two nodes) would otherwise write on every page.
            // The idle limit may so end a session up to this much early.
            Instant now = clock.instant();
            Instant lastSeenAt = (Instant) session.getAttribute(LAST_SEEN_AT);
            if (lastSeenAt == null || !now.isBefore(lastSeenAt.plus(settings.lastAccessResolution()))) {
                session.setAttribute(LAST_SEEN_AT, now);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean valid(HttpSession session, UUID accountId) {
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastSeenAt = (Instant) session.getAttribute(LAST_SEEN_AT);
        if (now.isAfter(signedInAt.plus(settings.absoluteTimeout()))
                || (lastSeenAt != null && now.isAfter(lastSeenAt.plus(settings.idleTimeout())))) {
            return false;
        }
        // one indexed row, answered by the database: enabled and still the generation signed in with
        return session.getAttribute(GENERATION) instanceof Long generation
                && Boolean.TRUE.equals(jdbc.query(
                        "select 1 from account where id = ? and enabled and session_generation = ?",
                        (ResultSetExtractor<Boolean>) ResultSet::next,
                        accountId,
                        generation));
    }
}
