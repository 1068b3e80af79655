package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The portal's password hashing: long passphrases are stored whole, and hashes stored before still match. */
class PasswordEncodingTest {

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

    @Test
    void aPassphraseBeyondBcryptsSeventyTwoBytesIsHashedAndEveryCharacterCounts() {
        String chinese = "秋天的河边有一只安静的鹭".repeat(10); // 120 characters, 360 bytes
        String encoded = encoder.encode(chinese);
        assertThat(encoded).startsWith("{bcrypt-sha256}$2a$");
        assertThat(encoder.matches(chinese, encoded)).isTrue();
        assertThat(encoder.matches(chinese.substring(0, 119) + "鸟", encoded))
                .as("a change after the 72nd byte still makes it another password")
                .isFalse();

        String latin = "correct horse battery staple ".repeat(8); // 232 characters
        assertThat(encoder.matches(latin, encoder.encode(latin))).isTrue();
        assertThat(encoder.matches(latin + "!", encoder.encode(latin))).isFalse();
    }

    @Test
    void hashesStoredWithPlainBcryptStillMatch() {
        String stored = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("icp-demo-2026");
        assertThat(encoder.matches("icp-demo-2026", stored)).isTrue();
        assertThat(encoder.matches("icp-demo-2027", stored)).isFalse();
    }
}
