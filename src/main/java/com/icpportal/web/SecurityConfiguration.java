package com.icpportal.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may reach what. Reviewers work under {@code /review}, admins under {@code /admin} (an admin is
 * a reviewer too), applicants under {@code /filings} and {@code /orders}; ownership of a record is
 * checked by the module that owns it, answering 404 for someone else's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            MultipartResolver multipartResolver,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**", "/js/**", "/images/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // the one-time link to set a password: its holder is not signed in
                        .requestMatchers("/account/set-password/**")
                        .permitAll()
                        // The simulated administration's own site (404 unless the simulated gateway is in use).
                        .requestMatchers("/simulated-administration/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Roles.ADMIN)
                        .requestMatchers("/review/**")
                        .hasRole(Roles.REVIEWER)
                        .requestMatchers("/filings/**", "/orders/**")
                        .hasRole(Roles.APPLICANT)
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UnreadableBodyCsrfTokenRequestHandler()))
                .exceptionHandling(denied ->
                        denied.accessDeniedHandler(new OversizedUploadDeniedHandler(multipartResolver, exceptions)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Roles.ADMIN)
                .implies(Roles.REVIEWER)
                .build();
    }

    /**
     * New passwords are stored as {@code {bcrypt-sha256}}, which takes passphrases of any length;
     * hashes stored before ({@code {bcrypt}} and the other standard ids) still match.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(Sha256BcryptPasswordEncoder.ID, new Sha256BcryptPasswordEncoder());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(Sha256BcryptPasswordEncoder.ID, encoders);
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return delegating;
    }
}
