package com.icpportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The trail's page names every kind and entity in words, in English and Chinese: every kind and
 * entity an audited event of the product can produce has its {@code audit.kind.*} and
 * {@code audit.entity.*} message in both files. (That each kind also has a line proving it leaves
 * exactly one row is {@link AuditedActionsTest#everyAuditedKindHasALineInTheTable()}.)
 */
class AuditedKindsTest {

    @Test
    void theScanFindsTheProductsAuditedEvents() {
        assertThat(AuditedKinds.ofProduct())
                .containsKeys(
                        "com.icpportal.account.AccountCreated",
                        "com.icpportal.changeorder.ChangeOrderEvent$Submitted",
                        "com.icpportal.calendar.CalendarEvents$CalendarDayAdded",
                        "com.icpportal.web.ApiTokenRefused")
                .doesNotContainKey(TestAuditedEvent.class.getName());
        assertThat(AuditedKinds.allKinds())
                .contains(
                        "province.photo-site-added",
                        "province.photo-site-edited",
                        "province.photo-site-deactivated",
                        "reference.suffix-removed",
                        "order.sms-code-refused");
        assertThat(AuditedKinds.allEntities()).contains("source_address", "account", "change_order");
    }

    @Test
    void everyKindAndEntityHasItsWordsInBothLanguages() throws IOException {
        Set<String> kinds = AuditedKinds.allKinds();
        kinds.add(AuditRecorder.LOGIN_SUCCEEDED);
        kinds.add(AuditRecorder.LOGIN_FAILED);
        Set<String> entities = AuditedKinds.allEntities();
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = load(file);
            assertThat(kinds)
                    .as("kinds without audit.kind.<kind> in %s", file)
                    .allSatisfy(kind -> assertThat(messages.getProperty("audit.kind." + kind))
                            .as(kind)
                            .isNotBlank());
            assertThat(entities)
                    .as("entities without audit.entity.<entity> in %s", file)
                    .allSatisfy(entity -> assertThat(messages.getProperty("audit.entity." + entity))
                            .as(entity)
                            .isNotBlank());
        }
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(kinds)
                .allSatisfy(kind -> assertThat(chinese.getProperty("audit.kind." + kind))
                        .as("audit.kind.%s in Chinese", kind)
                        .containsPattern("\\p{IsHan}"));
        assertThat(entities)
                .allSatisfy(entity -> assertThat(chinese.getProperty("audit.entity." + entity))
                        .as("audit.entity.%s in Chinese", entity)
                        .containsPattern("\\p{IsHan}"));
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditedKindsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
