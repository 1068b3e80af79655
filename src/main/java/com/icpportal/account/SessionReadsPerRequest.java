package com.icpportal.account;

import java.io.IOException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Wraps Spring Session's filter (it is ordered just before it, for every dispatch) so that the session
 * {@link CoarseLastAccessSessions} found for a request is forgotten when the request ends, and never
 * handed to the next request on the same thread.
 */
final class SessionReadsPerRequest implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CoarseLastAccessSessions.forgetRequestReads();
        try {
            chain.doFilter(request, response);
        } finally {
            CoarseLastAccessSessions.forgetRequestReads();
        }
    }
}
