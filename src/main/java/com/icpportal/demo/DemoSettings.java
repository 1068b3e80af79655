package com.icpportal.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.icpportal.database.EmbeddedPostgresServer;

/**
 * Whether demo data is on: {@code portal.demo-data} when set, otherwise on exactly when the portal
 * started its embedded database (which tests never do: they configure a URL).
 */
@Component
class DemoSettings {

    static final String PASSWORD = "icp-demo-2026";
    /** The demo staff accounts' TOTP secret (Base32), published in the README. */
    static final String TOTP_SECRET = "ICPDEMOSECRETFORSTAFFXXICPDEMOXX";

    private final boolean enabled;

    DemoSettings(Environment environment, ObjectProvider<EmbeddedPostgresServer> embeddedDatabase) {
        Boolean explicit = environment.getProperty("portal.demo-data", Boolean.class);
        this.enabled = explicit != null ? explicit : embeddedDatabase.getIfAvailable() != null;
    }

    boolean enabled() {
        return enabled;
    }
}
