package com.icpportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's repository, except that a session's last-access time is written only when it moved
 * on by at least {@code resolution}. Spring Session sets the time on every request, which made Spring
 * Session JDBC run {@code update spring_session} (in a transaction of its own) on every page even when
 * nothing else changed. Now a session's row is written at most once per resolution unless an attribute
 * changes; the expiry kept in PostgreSQL (last access + idle timeout), which every node reads, is so up
 * to {@code resolution} early: with 60 s and the container's 30-minute timeout, a session idle for
 * between 29 and 30 minutes may already have ended.
 *
 * <p>It also reads a session at most once per request: Spring Session's filter commits the session when
 * the response is committed (while the page is written) and again when the request ends, and the second
 * commit looked the requested session up in PostgreSQL again only to compare its id with the cookie's.
 * The session found first is kept for the thread until {@link #forgetRequestReads()} (called by
 * {@link SessionReadsPerRequest} around the session filter) and handed back while its id is still the
 * one asked for (a changed id, after sign-in, or a deleted session is read again).
 */
final class CoarseLastAccessSessions implements SessionRepository<CoarseLastAccessSessions.CoarseSession> {

    private static final ThreadLocal<CoarseSession> FOUND_IN_THIS_REQUEST = new ThreadLocal<>();

    private final SessionRepository<Session> sessions;
    private final Duration resolution;

    @SuppressWarnings("unchecked")
    CoarseLastAccessSessions(SessionRepository<? extends Session> sessions, Duration resolution) {
        // Sessions handed back to save() are always the ones this repository created or found.
        this.sessions = (SessionRepository<Session>) sessions;
        this.resolution = resolution;
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(sessions.createSession(), resolution);
    }

    @Override
    public void save(CoarseSession session) {
        sessions.save(session.session);
    }

    @Override
    public CoarseSession findById(String id) {
        CoarseSession earlier = FOUND_IN_THIS_REQUEST.get();
        if (earlier != null && earlier.getId().equals(id)) {
            return earlier;
        }
        Session found = sessions.findById(id);
        if (found == null) {
            return null;
        }
        CoarseSession session = new CoarseSession(found, resolution);
        FOUND_IN_THIS_REQUEST.set(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        FOUND_IN_THIS_REQUEST.remove();
        sessions.deleteById(id);
    }

    /** Ends the current request's reads: the next {@link #findById} on this thread reads PostgreSQL. */
    static void forgetRequestReads() {
        FOUND_IN_THIS_REQUEST.remove();
    }

    /** A stored session whose last-access time only moves in steps of the resolution. */
    static final class CoarseSession implements Session {

        private final Session session;
        private final Duration resolution;

        CoarseSession(Session session, Duration resolution) {
            this.session = session;
            this.resolution = resolution;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            Instant last = session.getLastAccessedTime();
            if (last == null || time.isBefore(last) || !time.isBefore(last.plus(resolution))) {
                session.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
