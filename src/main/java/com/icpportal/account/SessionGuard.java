package com.icpportal.account;

import java.io.IOException;
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

import com.icpportal.shared.KeptAtVersion;
import com.icpportal.shared.ReferenceVersions;

/**
 * Ends a signed-in session at its next request when the account was disabled, its password changed
 * since the session began (the account's session generation moved on), the session was idle too long
 * or is older than the absolute limit. Both limits run on the portal's clock, so tests can fix time;
 * the servlet container's own session timeout stays as a backstop. Registered right after Spring
 * Security's filters ({@link SessionGuardConfiguration}).
 *
 * <p>The account's state is kept in this node's memory ({@link KeptAtVersion}) under the version
 * {@code account_session} of {@link ReferenceVersions}, which every change of an account's
 * {@code enabled} or {@code session_generation} moves on (trigger, V132), on whichever node: the
 * guard reads the account row only when that version moved since it last read it. The versions are
 * read once per request anyway (and shared with the page), so a disable or password change on any
 * node still ends the account's sessions on every node at their next request.
 */
public class SessionGuard extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "portal.session.signedInAt";
    static final String LAST_SEEN_AT = "portal.session.lastSeenAt";
    static final String GENERATION = "portal.session.generation";
    /** Where an ended session is sent: the sign-in page says the session has ended. */
    static final String ENDED_URL = "/login?ended";

    /** The row of {@code reference_data_version} that account changes move on (V132). */
    static final String VERSION = "account_session";

    /** The state of an account whose sessions are all invalid (disabled or deleted). */
    static final long NONE = -1;

    private static final List<String> STATIC = List.of("/css/", "/js/", "/images/", "/favicon.ico");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SessionSettings settings;
    private final ReferenceVersions versions;
    /** Each account's valid generation ({@link #NONE}: disabled or gone), at most 10,000 accounts. */
    private final KeptAtVersion<UUID, Long> known = new KeptAtVersion<>(10_000);

    SessionGuard(JdbcTemplate jdbc, Clock clock, SessionSettings settings, ReferenceVersions versions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.versions = versions;
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
        return session.getAttribute(GENERATION) instanceof Long generation && generation == validGeneration(accountId);
    }

    /** The generation the account's sessions are valid under, or {@link #NONE}. */
    private long validGeneration(UUID accountId) {
        if (!versions.mayKeep()) {
            return readGeneration(accountId);
        }
        // The version first: a change committed after this read moves it past the one kept here.
        long version = versions.of(VERSION);
        Long kept = known.get(version, accountId);
        if (kept != null) {
            return kept;
        }
        long read = readGeneration(accountId);
        known.keep(version, accountId, read);
        return read;
    }

    /** One indexed row: the generation when the account exists and is enabled. */
    private long readGeneration(UUID accountId) {
        return jdbc.query(
                "select session_generation from account where id = ? and enabled",
                (ResultSetExtractor<Long>) rows -> rows.next() ? rows.getLong(1) : NONE,
                accountId);
    }
}
