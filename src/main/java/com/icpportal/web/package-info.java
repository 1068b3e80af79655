/**
 * What every page shares: the layout, languages, error pages, security configuration and the
 * {@link java.time.Clock}. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web (shared)")
package com.icpportal.web;
