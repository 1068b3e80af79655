package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** Spring Session's attribute reads with the sign-in deserialized once per stored form. */
class RememberedSignInsTest {

    private final GenericConversionService conversions =
            RememberedSignIns.conversions(getClass().getClassLoader());

    private byte[] stored(Object value) {
        return conversions.convert(value, byte[].class);
    }

    private Object read(byte[] bytes) {
        return conversions.convert(bytes, Object.class);
    }

    private static SecurityContext signedIn(String name, String role) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority(role))));
    }

    @Test
    void theSameStoredContextGivesTheSameSignInInAContextOfItsOwnEachTime() {
        byte[] bytes = stored(signedIn("reviewer.wang", "ROLE_REVIEWER"));

        SecurityContext first = (SecurityContext) read(bytes);
        SecurityContext second = (SecurityContext) read(bytes.clone());

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(first.getAuthentication().getName()).isEqualTo("reviewer.wang");
        // a sign-out empties the context it holds: another request's context keeps its sign-in
        first.setAuthentication(null);
        assertThat(((SecurityContext) read(bytes)).getAuthentication().getName())
                .isEqualTo("reviewer.wang");
    }

    @Test
    void aContextStoredAnewIsReadAnew() {
        byte[] before = stored(signedIn("admin.li", "ROLE_REVIEWER"));
        byte[] after = stored(signedIn("admin.li", "ROLE_ADMIN"));

        assertThat(((SecurityContext) read(before)).getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_REVIEWER");
        assertThat(((SecurityContext) read(after)).getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void theSessionsCsrfTokenIsReadOncePerStoredForm() {
        byte[] bytes = stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret-1"));

        Object first = read(bytes);

        assertThat(read(bytes.clone())).isSameAs(first);
        assertThat(((DefaultCsrfToken) first).getToken()).isEqualTo("secret-1");
        assertThat(((DefaultCsrfToken) read(stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret-2"))))
                        .getToken())
                .isEqualTo("secret-2");
    }

    @Test
    void otherAttributesAreDeserializedOnEveryRead() {
        Map<String, String> tokens = new HashMap<>(Map.of("order", "token"));
        byte[] bytes = stored(tokens);

        Object first = read(bytes);
        Object second = read(bytes);

        assertThat(first).isEqualTo(tokens).isNotSameAs(second);
        assertThat(read(stored("plain"))).isEqualTo("plain");
    }

    @Test
    void immutableValuesAreReadOncePerStoredFormAndMutableOnesNever() {
        Instant seen = Instant.parse("2026-12-03T10:15:30Z");
        byte[] time = stored(seen);

        Object first = read(time);

        assertThat(first).isEqualTo(seen);
        assertThat(read(time.clone())).isSameAs(first);
        assertThat(read(stored(7L))).isEqualTo(7L);
        assertThat(read(stored(Instant.parse("2026-12-03T10:16:30Z"))))
                .isEqualTo(Instant.parse("2026-12-03T10:16:30Z"));
        List<String> list = new ArrayList<>(List.of("a"));
        byte[] mutable = stored(list);
        assertThat(read(mutable)).isEqualTo(list).isNotSameAs(read(mutable));
    }
}
