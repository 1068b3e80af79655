package com.icpportal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may reach what. Reviewers work under {@code /review}, admins under {@code /admin} (an admin is
 * a reviewer too), applicants under {@code /filings} and {@code /orders}; ownership of a record is
 * checked by the module that owns it, answering 404 for someone else's. Every rule also asks for the
 * second factor of a principal who needs one ({@link SecondFactorAuthorization}); the sensitive admin
 * actions ask for one no older than {@link #RECENT_SECOND_FACTOR}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** One year, as HSTS preload lists ask. */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    /** How old the second factor may be for the sensitive admin actions before it is asked for again. */
    static final Duration RECENT_SECOND_FACTOR = Duration.ofMinutes(15);

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RoleHierarchy roles,
            Clock clock,
            ManagementPort managementPort,
            MultipartResolver multipartResolver,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Prometheus scrapes the management port (management.server.port, bound to an
                        // internal address); on the port people use the metrics are refused to everyone.
                        .requestMatchers(new AndRequestMatcher(
                                managementPort.requests(),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus")))
                        .permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .denyAll()
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/error/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // the header's language switch, on the sign-in page too
                        .requestMatchers(HttpMethod.POST, LanguageController.PATH)
                        .permitAll()
                        // the one-time link to set a password: its holder is not signed in
                        .requestMatchers("/account/set-password/**")
                        .permitAll()
                        // The simulated administration's own site (404 unless the simulated gateway is in use).
                        .requestMatchers("/simulated-administration/**")
                        .permitAll()
                        // the second factor's own pages: signed in with the password, not yet with the factor
                        .requestMatchers(SecondFactorPrincipal.PAGE, SECOND_FACTOR_ENROLMENT)
                        .authenticated()
                        // roles, account resets, province rules, calendar, imports: a recent second factor
                        .requestMatchers(
                                HttpMethod.POST,
                                "/admin/accounts/**",
                                "/admin/provinces/**",
                                "/admin/calendar/**",
                                "/admin/suffixes/**",
                                "/admin/divisions/**",
                                "/admin/filings/import")
                        .access(withFactor(role(Roles.ADMIN, roles), RECENT_SECOND_FACTOR, clock))
                        .requestMatchers("/admin/**")
                        .access(withFactor(role(Roles.ADMIN, roles), null, clock))
                        .requestMatchers("/review/**")
                        .access(withFactor(role(Roles.REVIEWER, roles), null, clock))
                        .requestMatchers("/filings/**", "/orders/**")
                        .access(withFactor(role(Roles.APPLICANT, roles), null, clock))
                        .anyRequest()
                        .access(withFactor(AuthenticatedAuthorizationManager.authenticated(), null, clock)))
                // A page that needs the second factor sends someone signed in with the password alone to
                // the second-factor page (after saving the request); an upload too large to read its
                // token gets the size message; other refusals get the 403 page.
                .exceptionHandling(handling -> handling.accessDeniedHandler(
                        new OversizedUploadDeniedHandler(multipartResolver, exceptions, secondFactorHandler())))
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UnreadableBodyCsrfTokenRequestHandler()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // HSTS goes out on HTTPS requests only: behind the TLS proxy that takes the production
                // profile's forwarded headers (ProductionChecks refuses to start without them).
                .headers(headers -> headers.httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static final String SECOND_FACTOR_ENROLMENT = "/account/second-factor";

    private static AuthorizationManager<RequestAuthorizationContext> role(String role, RoleHierarchy roles) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> manager =
                AuthorityAuthorizationManager.hasRole(role);
        manager.setRoleHierarchy(roles);
        return manager;
    }

    private static AuthorizationManager<RequestAuthorizationContext> withFactor(
            AuthorizationManager<RequestAuthorizationContext> rule, Duration maxAge, Clock clock) {
        return new SecondFactorAuthorization(rule, maxAge, clock);
    }

    private static AccessDeniedHandler secondFactorHandler() {
        DelegatingMissingAuthorityAccessDeniedHandler handler = DelegatingMissingAuthorityAccessDeniedHandler.builder()
                .addEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SecondFactorPrincipal.PAGE),
                        SecondFactorPrincipal.AUTHORITY)
                .build();
        handler.setDefaultAccessDeniedHandler(new AccessDeniedHandlerImpl());
        // remembered so that the second-factor page can return there (the form's page, for a POST)
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        handler.setRequestCache(cache);
        return handler;
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
