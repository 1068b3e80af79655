package com.icpportal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff-made accounts ({@code portal.accounts.*}).
 *
 * @param linkValidity how long a one-time link to set a password works (default 24 hours)
 */
@ConfigurationProperties("portal.accounts")
public record AccountSettings(Duration linkValidity) {

    public AccountSettings {
        linkValidity = linkValidity == null ? Duration.ofHours(24) : linkValidity;
    }
}
