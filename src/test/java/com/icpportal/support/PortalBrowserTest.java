package com.icpportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link PortalServerTest} with the demo data: the one Spring context of every real-browser test
 * (Failsafe). Journeys that sign in as the demo accounts need the data; the others create accounts
 * of their own and do not mind it (the demo data was in their database before, loaded by the
 * journeys that ran first), and share this context rather than start a second one (about 10 s).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalServerTest
@TestPropertySource(properties = "portal.demo-data=true")
public @interface PortalBrowserTest {}
