package com.icpportal.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every time-dependent class uses, in the portal's zone (Asia/Shanghai), so tests can fix time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
