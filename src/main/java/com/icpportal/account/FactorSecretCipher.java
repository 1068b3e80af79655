package com.icpportal.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets at rest: AES-256-GCM (the JDK's provider) under {@code portal.security.factor-key},
 * a fresh 96-bit nonce per secret, the account's id as associated data (a sealed secret copied onto
 * another account's row does not open). A database dump or backup alone then does not give anyone
 * the codes of every reviewer's app. Stored as {@code v1:} + Base64 of nonce and ciphertext with its
 * tag; the prefix leaves room for a second key when the key is rotated.
 *
 * <p>The key is 32 bytes in Base64 ({@code openssl rand -base64 32}), the same on every node. The
 * default in {@code application.yml} is published (demo and tests); the production profile refuses it.
 */
@Component
class FactorSecretCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    FactorSecretCipher(@Value("${portal.security.factor-key:}") String base64Key) {
        this.key = new SecretKeySpec(decodeKey(base64Key), "AES");
    }

    /** The 32 bytes of a key in Base64; refused with a message that says how to make one. */
    static byte[] decodeKey(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "portal.security.factor-key (PORTAL_SECURITY_FACTOR_KEY) must be 32 bytes in Base64: "
                            + "openssl rand -base64 32");
        }
        return bytes;
    }

    String seal(UUID accountId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, accountId, nonce, secret.getBytes(StandardCharsets.US_ASCII));
        return PREFIX
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    String open(UUID accountId, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a second-factor secret that is not sealed, for account " + accountId);
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        byte[] sealed = new byte[bytes.length - NONCE_BYTES];
        ByteBuffer.wrap(bytes).get(nonce).get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, accountId, nonce, sealed), StandardCharsets.US_ASCII);
    }

    private byte[] run(int mode, UUID accountId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key (changed without re-enrolment) or a row altered in the database
            throw new IllegalStateException("the second-factor secret of account " + accountId + " does not open", e);
        }
    }
}
