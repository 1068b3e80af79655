package com.icpportal.audit.logging;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import com.icpportal.values.PersonalData;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Spring Boot's stack trace ({@code %wEx}) with ID numbers and mobiles masked: exception messages
 * may quote what a person typed.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.mask(super.convert(event));
    }
}
