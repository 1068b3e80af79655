package com.icpportal.authority;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The SMS channel until the notifications work sends real messages: logs that a code went out,
 * with the mobile masked. The code itself is logged only at DEBUG (demos: set
 * {@code logging.level.com.icpportal.authority.SmsCodeLog=DEBUG}).
 */
@Component
class SmsCodeLog {

    private static final Logger log = LoggerFactory.getLogger(SmsCodeLog.class);

    @TransactionalEventListener(fallbackExecution = true)
    void on(SmsCodeRequested event) {
        log.info("SMS verification code for {} sent to {}", event.reference(), event.maskedMobile());
        log.debug("SMS verification code for {} to {}: {}", event.reference(), event.maskedMobile(), event.code());
    }
}
