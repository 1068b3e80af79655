package com.icpportal.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A one-time link just issued, shown once to the admin who asked for it. */
public record IssuedLink(UUID accountId, String url, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "IssuedLink[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
