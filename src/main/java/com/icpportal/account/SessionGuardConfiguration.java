package com.icpportal.account;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.shared.ReferenceVersions;

/** Puts the {@link SessionGuard} right behind Spring Security, which has then restored who is signed in. */
@Configuration(proxyBeanMethods = false)
class SessionGuardConfiguration {

    @Bean
    SessionGuard sessionGuard(JdbcTemplate jdbc, Clock clock, SessionSettings settings, ReferenceVersions versions) {
        return new SessionGuard(jdbc, clock, settings, versions);
    }

    @Bean
    FilterRegistrationBean<SessionGuard> sessionGuardRegistration(SessionGuard guard) {
        FilterRegistrationBean<SessionGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
