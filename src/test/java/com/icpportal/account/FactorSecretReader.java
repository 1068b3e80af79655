package com.icpportal.account;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Opens a sealed TOTP secret for the tests' authenticator app ({@code support.SecondFactorCodes}):
 * the cipher is internal to the account module, and only tests need a secret back once enrolled.
 */
@Component
public class FactorSecretReader {

    private final FactorSecretCipher cipher;

    FactorSecretReader(FactorSecretCipher cipher) {
        this.cipher = cipher;
    }

    public String open(UUID accountId, String stored) {
        return cipher.open(accountId, stored);
    }
}
