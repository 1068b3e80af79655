package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icpportal.support.PortalTest;

/** The application log (configured by logback-spring.xml) never shows a full ID number or mobile. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    private static final Logger log = LoggerFactory.getLogger(LogMaskingTest.class);

    @Test
    void messagesAndArgumentsAreMasked(CapturedOutput output) {
        log.info("principal {} can be reached on {}", "11010519491231002X", "13812345678");
        log.warn("inline: 440301199001011234 / +86 159 1234 5678");

        assertThat(output.getOut())
                .contains("principal 1101**********002X can be reached on 138****5678")
                .contains("inline: 4403**********1234 / +86 159 **** 5678")
                .doesNotContain("11010519491231002X", "13812345678", "440301199001011234", "1234 5678");
    }

    @Test
    void stackTracesAreMaskedToo(CapturedOutput output) {
        log.error(
                "lookup failed",
                new IllegalStateException("no account for mobile 13912345678 (ID 11010519491231002X)"));

        assertThat(output.getOut())
                .contains("lookup failed")
                .contains("java.lang.IllegalStateException: no account for mobile 139****5678 (ID 1101**********002X)")
                .doesNotContain("13912345678", "11010519491231002X");
    }
}
