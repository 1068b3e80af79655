package com.icpportal.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox gateway unless {@code portal.sms.gateway=http} (which needs {@code portal.sms.http.url}). */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

    @Bean
    SmsGateway smsGateway(SmsSettings settings) {
        if ("http".equalsIgnoreCase(settings.gateway())) {
            SmsSettings.Http http = settings.http();
            if (http.url() == null) {
                throw new IllegalStateException("portal.sms.gateway=http needs portal.sms.http.url");
            }
            return new HttpSmsGateway(
                    http.url(), http.connectTimeout(), http.readTimeout(), http.attempts(), http.backoff());
        }
        if (!"outbox".equalsIgnoreCase(settings.gateway())) {
            throw new IllegalStateException("portal.sms.gateway must be outbox or http, not " + settings.gateway());
        }
        return new OutboxSmsGateway();
    }
}
