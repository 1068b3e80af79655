package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** TOTP secrets at rest: sealed with AES-256-GCM, bound to their account, refused under another key. */
class FactorSecretCipherTest {

    static final String KEY = "GomTeRI7eMcAamBWKMwky5p+vPgAp3DOJ2HFUDpFG6g=";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    final FactorSecretCipher cipher = new FactorSecretCipher(KEY);

    @Test
    void aSealedSecretOpensForItsAccountAndDoesNotShowTheSecret() {
        UUID account = UUID.randomUUID();
        String sealed = cipher.seal(account, SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(200);
        assertThat(cipher.seal(account, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(account, sealed)).isEqualTo(SECRET);
    }

    @Test
    void itDoesNotOpenForAnotherAccountUnderAnotherKeyOrAltered() {
        UUID account = UUID.randomUUID();
        String sealed = cipher.seal(account, SECRET);
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() ->
                        new FactorSecretCipher("SUNQLURFTU8tRkFDVE9SLUtFWS1OT1QtQS1TRUNSRVQ=").open(account, sealed))
                .hasMessageContaining("does not open");
        char[] altered = sealed.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open(account, new String(altered))).hasMessageContaining("does not open");
        assertThatThrownBy(() -> cipher.open(account, SECRET)).hasMessageContaining("not sealed");
    }

    @Test
    void aKeyMustBe32BytesInBase64() {
        assertThatThrownBy(() -> new FactorSecretCipher("")).hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new FactorSecretCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FactorSecretCipher("not base64 at all!")).hasMessageContaining("32 bytes");
    }
}
