package com.icpportal.account;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads Spring Session JDBC's attributes as Spring Session does (Java serialization), except that the
 * sign-in (the {@link Authentication} of a stored security context) is deserialized once per distinct
 * stored form, not on every request: every signed-in page read the same bytes of its session's
 * security context back into objects (4-6% of a page's CPU). The bytes are the key, so a context
 * saved anew (a second factor, a role change, another node's write) is read anew.
 *
 * <p>Each read still gets a security context of its own (the sign-out empties the context it
 * holds); only the authentication inside, which the portal never changes once signed in
 * ({@link PortalUser} is immutable), is shared. The session's CSRF token, immutable, is kept the same
 * way and shared, and so are values of immutable JDK types (the session guard's times and generation,
 * strings, numbers, locales: {@link #IMMUTABLE}), kept apart so that their turnover (a new time every
 * minute per session) does not push the sign-ins out. Other attributes (submit tokens, flash
 * attributes, saved requests) are deserialized on every read as before: some are changed in place. The memory is bounded: past
 * {@link #LIMIT} entries it starts again empty.
 */
final class RememberedSignIns implements Converter<byte[], Object> {

    static final int LIMIT = 10_000;

    /** Types whose instances cannot change: one instance may be handed to every request. */
    static final Set<Class<?>> IMMUTABLE =
            Set.of(String.class, Long.class, Integer.class, Boolean.class, Instant.class, Locale.class, UUID.class);

    private final Converter<byte[], Object> deserializer;
    /** By stored bytes: a sign-in ({@link Authentication}) or a CSRF token ({@link DefaultCsrfToken}). */
    private final ConcurrentHashMap<ByteBuffer, Object> known = new ConcurrentHashMap<>();
    /** By stored bytes: values of the {@link #IMMUTABLE} types. */
    private final ConcurrentHashMap<ByteBuffer, Object> values = new ConcurrentHashMap<>();

    RememberedSignIns(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
    }

    /** Spring Session's conversions (as its JDBC configuration sets them up), reading through this. */
    static GenericConversionService conversions(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new RememberedSignIns(classLoader));
        return conversions;
    }

    @Override
    public Object convert(byte[] stored) {
        ByteBuffer key = ByteBuffer.wrap(stored);
        Object value = values.get(key);
        if (value != null) {
            return value;
        }
        Object remembered = known.get(key);
        if (remembered instanceof Authentication signIn) {
            return new SecurityContextImpl(signIn);
        }
        if (remembered != null) {
            return remembered;
        }
        value = deserializer.convert(stored);
        if (value != null && IMMUTABLE.contains(value.getClass())) {
            remember(values, stored, value);
            return value;
        }
        if (value != null && value.getClass() == SecurityContextImpl.class) {
            Authentication signIn = ((SecurityContext) value).getAuthentication();
            if (signIn != null) {
                remember(known, stored, signIn);
                return new SecurityContextImpl(signIn);
            }
        }
        if (value != null && value.getClass() == DefaultCsrfToken.class) {
            // immutable (final fields, no setters): every request may share it
            remember(known, stored, value);
        }
        return value;
    }

    private static void remember(Map<ByteBuffer, Object> memory, byte[] stored, Object value) {
        if (memory.size() >= LIMIT) {
            memory.clear();
        }
        memory.put(ByteBuffer.wrap(stored.clone()), value);
    }
}
