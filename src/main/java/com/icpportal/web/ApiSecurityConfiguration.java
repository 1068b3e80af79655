package com.icpportal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The machine API under {@code /api}: its own filter chain, stateless, authenticated by the bearer
 * token of {@code portal.api.token} (see {@link ApiTokenFilter}). No session and no cookie take
 * part, so there is nothing for a cross-site request to ride on: CSRF protection is off here only.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http, @Value("${portal.api.token:}") String token, ApplicationEventPublisher events)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ApiTokenFilter.ROLE))
                .addFilterBefore(new ApiTokenFilter(token, events), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                (request, response, e) -> ApiTokenFilter.refuse(response))
                        .accessDeniedHandler((request, response, e) -> ApiTokenFilter.refuse(response)))
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
