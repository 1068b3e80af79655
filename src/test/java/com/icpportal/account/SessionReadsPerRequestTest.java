package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session commits a session twice for a page (when the response is committed, and when the
 * request ends); the second commit looked the session up again. With {@link SessionReadsPerRequest}
 * around the filter, a request reads its session once, and the next request reads it anew.
 */
class SessionReadsPerRequestTest {

    /** Spring Session's map repository, counting its reads (the JDBC one sends a select for each). */
    static final class CountingSessions extends MapSessionRepository {
        final AtomicInteger reads = new AtomicInteger();

        CountingSessions() {
            super(new java.util.concurrent.ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }

    private final CountingSessions sessions = new CountingSessions();
    private final SessionRepositoryFilter<CoarseLastAccessSessions.CoarseSession> sessionFilter =
            new SessionRepositoryFilter<>(new CoarseLastAccessSessions(sessions, Duration.ofSeconds(60)));

    /** A page that reads the session and commits its response while it writes, as a long page does. */
    private final HttpServlet page = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            Object user = request.getSession().getAttribute("user");
            response.getWriter().write("<p>" + user + "</p>");
            response.flushBuffer();
        }
    };

    private String storedSession() {
        MapSession session = sessions.createSession();
        session.setAttribute("user", "applicant.beijing");
        sessions.save(session);
        return session.getId();
    }

    private MockHttpServletResponse get(String sessionId, Filter... filters) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/filings");
        request.setCookies(
                new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        MockHttpServletResponse response = new MockHttpServletResponse();
        new MockFilterChain(page, filters).doFilter(request, response);
        return response;
    }

    @AfterEach
    void forget() {
        CoarseLastAccessSessions.forgetRequestReads();
    }

    @Test
    void withoutItSpringSessionReadsTheSessionAgainAtTheEndOfTheRequest() throws Exception {
        String id = storedSession();

        assertThat(get(id, new SessionRepositoryFilter<>(sessions)).getContentAsString())
                .isEqualTo("<p>applicant.beijing</p>");

        assertThat(sessions.reads).hasValue(2);
    }

    @Test
    void aRequestReadsItsSessionOnceAndTheNextRequestReadsItAnew() throws Exception {
        String id = storedSession();

        assertThat(get(id, new SessionReadsPerRequest(), sessionFilter).getContentAsString())
                .isEqualTo("<p>applicant.beijing</p>");
        assertThat(sessions.reads).hasValue(1);

        // another node changes the session between two pages: the next page sees the change
        Session stored = sessions.findById(id);
        stored.setAttribute("user", "changed.elsewhere");
        sessions.save((MapSession) stored);
        sessions.reads.set(0);

        assertThat(get(id, new SessionReadsPerRequest(), sessionFilter).getContentAsString())
                .isEqualTo("<p>changed.elsewhere</p>");
        assertThat(sessions.reads).hasValue(1);
    }

    @Test
    void aSessionDeletedDuringTheRequestIsNotHandedBack() throws Exception {
        String id = storedSession();
        CoarseLastAccessSessions coarse = new CoarseLastAccessSessions(sessions, Duration.ofSeconds(60));
        assertThat(coarse.findById(id)).isNotNull();
        coarse.deleteById(id);
        assertThat(coarse.findById(id)).isNull();
    }
}
