package com.icpportal.audit.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import com.icpportal.values.PersonalData;

/**
 * Structured (JSON) logs mask resident ID numbers and mobiles like the plain ones: every text value
 * of a log line (the message, the stack trace, MDC values...) passes through
 * {@link PersonalData#mask}. Named by {@code logging.structured.json.customizer}.
 */
public class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::mask));
    }
}
