package com.icpportal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stylesheet, script and images: a short filter chain of their own, so that a page's assets do not
 * each load the session's security context, look up a CSRF token, save the request for after
 * sign-in or pass the {@code SessionGuard}'s database check. They are public and the same for
 * everyone; the security headers (CSP, nosniff, frame options) are still written. Their cache
 * lifetime and content-hash URLs are set in {@code spring.web.resources} (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesSecurityConfiguration {

    /** The paths served from {@code classpath:/static/}; the SessionGuard skips the same ones. */
    static final String[] PATHS = {"/css/**", "/js/**", "/images/**", "/favicon.ico"};

    @Bean
    @Order(0)
    SecurityFilterChain staticResourcesFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
