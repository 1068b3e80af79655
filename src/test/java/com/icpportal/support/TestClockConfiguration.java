package com.icpportal.support;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the portal's clock with a {@link TestClock} in every portal test context, and records
 * the SMS codes the administration requests ({@link SentSmsCodes}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
        return new TestClock(zone);
    }

    @Bean
    SentSmsCodes sentSmsCodes() {
        return new SentSmsCodes();
    }
}
