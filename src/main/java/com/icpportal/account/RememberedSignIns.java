package com.icpportal.account;

import java.nio.ByteBuffer;
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
 * way and shared. Other attributes (submit tokens, flash attributes, saved requests) are
 * deserialized on every read as before: some are changed in place. The memory is bounded: past
 * {@link #LIMIT} entries it starts again empty.
 */
final class RememberedSignIns implements Converter<byte[], Object> {

    static final int LIMIT = 10_000;

    private final Converter<byte[], Object> deserializer;
    /** By stored bytes: a sign-in ({@link Authentication}) or a CSRF token ({@link DefaultCsrfToken}). */
    private final ConcurrentHashMap<ByteBuffer, Object> known = new ConcurrentHashMap<>();

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
        Object remembered = known.get(ByteBuffer.wrap(stored));
        if (remembered instanceof Authentication signIn) {
            return new SecurityContextImpl(signIn);
        }
        if (remembered != null) {
            return remembered;
        }
        Object value = deserializer.convert(stored);
        if (value != null && value.getClass() == SecurityContextImpl.class) {
            Authentication signIn = ((SecurityContext) value).getAuthentication();
            if (signIn != null) {
                remember(stored, signIn);
                return new SecurityContextImpl(signIn);
            }
        }
        if (value != null && value.getClass() == DefaultCsrfToken.class) {
            // immutable (final fields, no setters): every request may share it
            remember(stored, value);
        }
        return value;
    }

    private void remember(byte[] stored, Object value) {
        if (known.size() >= LIMIT) {
            known.clear();
        }
        known.put(ByteBuffer.wrap(stored.clone()), value);
    }
}
