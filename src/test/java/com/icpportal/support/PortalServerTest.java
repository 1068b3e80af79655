package com.icpportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal on a real Tomcat at a random port ({@code @LocalServerPort}), against the
 * shared test PostgreSQL: for what only a servlet container does (error pages, redirects of the
 * real filter chain) and for browsers. The same context as {@link PortalTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
public @interface PortalServerTest {}
