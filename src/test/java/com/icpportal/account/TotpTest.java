package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors (Appendix B, SHA-1), cut to the six digits authenticator apps show. */
class TotpTest {

    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theRfcTestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void aCodeMatchesItsOwnStepAndOneEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, "050471", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "050 471", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "050471", now.plusSeconds(30))).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "050471", now.plusSeconds(90))).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndTheQrAddressNamesThePortal() {
        byte[] bytes = {1, 2, 3, 4, 5, (byte) 250, 7};
        assertThat(Totp.fromBase32(Totp.base32(bytes))).containsExactly(bytes);
        assertThat(Totp.otpauthUri("ICP Change Portal", "reviewer.wang", RFC_SECRET))
                .isEqualTo("otpauth://totp/ICP%20Change%20Portal:reviewer.wang?secret=" + RFC_SECRET
                        + "&issuer=ICP%20Change%20Portal&algorithm=SHA1&digits=6&period=30");
    }
}
