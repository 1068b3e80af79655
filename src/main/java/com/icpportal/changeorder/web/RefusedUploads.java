package com.icpportal.changeorder.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.icpportal.document.DocumentKind;
import com.icpportal.document.UploadOutcome;

/**
 * The last refused upload of each file field, kept in the person's session so that a refusal is
 * answered with a redirect (Post/Redirect/Get): the page that says why has a GET address, which the
 * language switch, a reload and the browser's history can go back to. The address names only the
 * field ({@code ?refused=ID_CARD_FRONT}); the message and its arguments stay on the server, so a
 * crafted address shows nothing it did not refuse. A successful upload of the field forgets it.
 */
final class RefusedUploads {

    /** The query parameter that names the refused field on the page's address. */
    static final String PARAMETER = "refused";

    private static final String ATTRIBUTE = RefusedUploads.class.getName();

    /** Enough for every field of a few orders open in tabs; older refusals make way. */
    private static final int KEPT = 24;

    private RefusedUploads() {}

    /** Keeps the refusal and returns the address of the page that shows it. */
    static String keep(
            HttpServletRequest request, String page, UUID orderId, DocumentKind kind, UploadOutcome.Refused refused) {
        String[] arguments =
                Arrays.stream(refused.arguments()).map(String::valueOf).toArray(String[]::new);
        HttpSession session = request.getSession(true);
        Map<String, Kept> held = held(session);
        held.put(key(orderId, kind), new Kept(refused.messageKey(), arguments));
        // set again after each change: a session kept outside the JVM stores what was last set
        session.setAttribute(ATTRIBUTE, held);
        return page + "?" + PARAMETER + "=" + kind.name();
    }

    /**
     * The refusal the page's address names ({@code ?refused=KIND}), while the session still holds
     * it; nothing for an address without one, naming no field, or one the session knows nothing of.
     */
    static Optional<UploadOutcome.Refused> find(HttpServletRequest request, UUID orderId, DocumentKind kind) {
        HttpSession session = request.getSession(false);
        if (kind == null || session == null) {
            return Optional.empty();
        }
        Kept kept = held(session).get(key(orderId, kind));
        return Optional.ofNullable(kept).map(found -> new UploadOutcome.Refused(found.messageKey(), found.arguments()));
    }

    /** The field the page's address names, if it names one: a crafted name is no field, not an error. */
    static DocumentKind named(String name) {
        if (name == null) {
            return null;
        }
        try {
            return DocumentKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The field now holds a document: its refusal is history. */
    static void forget(HttpServletRequest request, UUID orderId, DocumentKind kind) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            Map<String, Kept> held = held(session);
            held.remove(key(orderId, kind));
            session.setAttribute(ATTRIBUTE, held);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Kept> held(HttpSession session) {
        Map<String, Kept> held = (Map<String, Kept>) session.getAttribute(ATTRIBUTE);
        return held != null ? held : new Bounded();
    }

    private static String key(UUID orderId, DocumentKind kind) {
        return orderId + "/" + kind.name();
    }

    private record Kept(String messageKey, String[] arguments) implements Serializable {}

    private static final class Bounded extends LinkedHashMap<String, Kept> {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    }
}
