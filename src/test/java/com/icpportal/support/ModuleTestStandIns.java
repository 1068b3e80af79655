package com.icpportal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the portal's security configuration gives every module, for a module started without it
 * ({@link ModuleTest}): accounts store passwords through a {@link PasswordEncoder}. Spring
 * Security's default encoder stands in; which scheme the portal uses is tested with the whole
 * portal (PasswordEncodingTest).
 */
@TestConfiguration(proxyBeanMethods = false)
class ModuleTestStandIns {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
