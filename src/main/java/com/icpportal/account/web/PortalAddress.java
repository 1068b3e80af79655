package com.icpportal.account.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address one-time links start with: {@code portal.base-url} when set (what people reach the portal
 * at), else the address of the admin's own request. Behind a reverse proxy set {@code portal.base-url} or
 * {@code server.forward-headers-strategy}, or links would name the internal host.
 */
@Component
class PortalAddress {

    private final String configured;

    PortalAddress(@Value("${portal.base-url:}") String configured) {
        this.configured = configured == null || configured.isBlank()
                ? null
                : configured.strip().replaceAll("/+$", "");
    }

    String baseUrl() {
        return configured != null
                ? configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
