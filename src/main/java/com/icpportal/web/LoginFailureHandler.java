package com.icpportal.web;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import com.icpportal.shared.DatabaseUnreachable;

/**
 * Back to the sign-in page after a failed attempt, keeping the username the person typed; while the
 * database cannot be reached, the outage page instead.
 */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** Session attribute holding the username of the last failed sign-in. */
    public static final String LAST_USERNAME = "portal.lastUsername";

    private static final int MAX_LENGTH = 64;

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (DatabaseUnreachable.causedBy(exception)) {
            // Not "wrong username or password": the outage page (OutagePageFilter) says what happened.
            throw exception;
        }
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.strip();
            request.getSession()
                    .setAttribute(LAST_USERNAME, kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
