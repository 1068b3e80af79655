package com.icpportal.audit.logging;

import com.icpportal.values.PersonalData;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message} in {@code logback-spring.xml}) with
 * resident ID numbers and mobile numbers masked, whatever a log statement passed in.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.mask(super.convert(event));
    }
}
