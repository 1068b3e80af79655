package com.icpportal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over the password's SHA-256 (Base64, 44 bytes): bcrypt alone reads at most 72 bytes, so
 * it would refuse a long passphrase (25 Chinese characters are already 75 bytes) or, in other
 * implementations, ignore everything after the 72nd byte. Hashing first lets the password policy
 * allow passphrases of any length it likes while every character counts.
 */
final class Sha256BcryptPasswordEncoder implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence rawPassword) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
