package com.icpportal.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The portal's own password encoder, with its answers remembered for the test run. BCrypt costs
 * about 70 ms of CPU a hash here, and the tests create accounts with one password
 * ({@link TestData#PASSWORD}) and sign in with it thousands of times: the same hashing again and
 * again was a large part of the suite's CPU time. Each distinct password is still hashed, and each
 * distinct password and hash still compared, by the real encoder once; what the portal stores and
 * accepts is unchanged (a hash of the test password is a valid hash of it, whichever account it is
 * stored for). Nothing in the tests measures how long a sign-in takes; the encoder itself is tested
 * without this cache ({@code PasswordEncodingTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RememberedPasswordHashes {

    @Bean
    static BeanPostProcessor rememberedPasswordHashes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder && !(bean instanceof Remembering)
                        ? new Remembering(encoder)
                        : bean;
            }
        };
    }

    /** The encoder's hash of each password, and its verdict on each password and hash, kept. */
    static final class Remembering implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final Map<String, String> hashes = new ConcurrentHashMap<>();
        private final Map<Map.Entry<String, String>, Boolean> verdicts = new ConcurrentHashMap<>();

        Remembering(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return rawPassword == null
                    ? encoder.encode(null)
                    : hashes.computeIfAbsent(rawPassword.toString(), encoder::encode);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return encoder.matches(rawPassword, encodedPassword);
            }
            return verdicts.computeIfAbsent(
                    Map.entry(rawPassword.toString(), encodedPassword),
                    key -> encoder.matches(key.getKey(), key.getValue()));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
