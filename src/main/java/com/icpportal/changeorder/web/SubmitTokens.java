package com.icpportal.changeorder.web;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * One-time tokens for the submit button: the check-answers page issues one, the submission uses
 * it up, so a double click or a replayed POST submits once.
 */
final class SubmitTokens {

    private static final String ATTRIBUTE = SubmitTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SubmitTokens() {}

    static String issue(HttpSession session, UUID orderId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<UUID, String> tokens = tokens(session);
            tokens.put(orderId, token);
            session.setAttribute(ATTRIBUTE, tokens);
        }
        return token;
    }

    /** True exactly once for the token last issued for this order in this session. */
    static boolean consume(HttpSession session, UUID orderId, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<UUID, String> tokens = tokens(session);
            if (token == null || !token.equals(tokens.get(orderId))) {
                return false;
            }
            tokens.remove(orderId);
            session.setAttribute(ATTRIBUTE, tokens);
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, String> tokens(HttpSession session) {
        Object tokens = session.getAttribute(ATTRIBUTE);
        return tokens instanceof Map<?, ?> map ? (Map<UUID, String>) map : new HashMap<>();
    }
}
