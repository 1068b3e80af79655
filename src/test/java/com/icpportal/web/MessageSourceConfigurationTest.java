package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.icpportal.support.PortalTest;

/**
 * The portal's message source answers every code in every locale as the source Spring Boot would
 * configure from the same {@code spring.messages} settings (application.yml: basename messages,
 * UTF-8, no fallback to the system locale).
 */
@PortalTest
class MessageSourceConfigurationTest {

    private static final List<Locale> LOCALES = List.of(
            Locale.ENGLISH,
            Locale.US,
            Locale.SIMPLIFIED_CHINESE,
            Locale.CHINESE,
            Locale.TRADITIONAL_CHINESE,
            Locale.FRENCH,
            Locale.ROOT);

    /** Enough arguments for any message, words and numbers (a {@code {0,number}} needs a number). */
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {"«0»", "«1»", "«2»", "«3»", "«4»", "«5»"},
            new Object[] {0, 1, 2, 3, 4, 5},
            // numbers with grouping and fractions, a date, null, objects: the portal's formats
            // keep one number format per argument (PlainArgumentMessages); the text is the same
            new Object[] {1234567, -3.25, 10_000_000_000L, new java.math.BigDecimal("1234.5"), 99, 100},
            new Object[] {new java.util.Date(0), null, java.util.Locale.CHINA, 1.5f, "x", 2});

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSourceProperties settings;

    @Test
    void theContextsMessagesComeFromTheMergedSourceWithApplicationYmlsSettings() {
        assertThat(context.getBean("messageSource")).isInstanceOf(ReloadableResourceBundleMessageSource.class);
        assertThat(settings.getBasename()).containsExactly("messages");
        assertThat(settings.getEncoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.isFallbackToSystemLocale()).isFalse();
        assertThat(context.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(chinese().getProperty("app.name"));
        assertThat(context.getMessage("app.name", null, Locale.FRENCH))
                .isEqualTo(english().getProperty("app.name"));
    }

    @Test
    void everyCodeReadsAsBootsResourceBundleSourceReadsIt() throws IOException {
        ReloadableResourceBundleMessageSource portal = MessageSourceConfiguration.from(settings);
        ResourceBundleMessageSource boot = bootsSource(settings);
        int compared = 0;
        for (String code : english().stringPropertyNames()) {
            for (Locale locale : LOCALES) {
                assertThat(portal.getMessage(code, null, locale))
                        .as(code + " in " + locale)
                        .isEqualTo(boot.getMessage(code, null, locale));
                for (Object[] arguments : ARGUMENTS) {
                    assertThat(outcome(() -> portal.getMessage(code, arguments, locale)))
                            .as(code + " with arguments in " + locale)
                            .isEqualTo(outcome(() -> boot.getMessage(code, arguments, locale)));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void aMissingCodeIsMissingAsBefore() {
        ReloadableResourceBundleMessageSource portal = MessageSourceConfiguration.from(settings);
        assertThatThrownBy(() -> portal.getMessage("no.such.code", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(portal.getMessage("no.such.code", null, "fallback {0}", Locale.ENGLISH))
                .isEqualTo(bootsSource(settings).getMessage("no.such.code", null, "fallback {0}", Locale.ENGLISH));
    }

    @Test
    void basenamesAreClassPathLocationsAsBootReadsThem() {
        assertThat(MessageSourceConfiguration.location("messages")).isEqualTo("classpath:messages");
        assertThat(MessageSourceConfiguration.location("i18n.messages")).isEqualTo("classpath:i18n/messages");
        assertThat(MessageSourceConfiguration.location("file:/etc/portal/messages"))
                .isEqualTo("file:/etc/portal/messages");
    }

    /** The text, or the exception's type when the arguments do not fit (words for a number). */
    private static String outcome(java.util.function.Supplier<String> message) {
        try {
            return message.get();
        } catch (IllegalArgumentException ex) {
            return ex.getClass().getName();
        }
    }

    /** As Spring Boot's MessageSourceAutoConfiguration builds it. */
    private static ResourceBundleMessageSource bootsSource(MessageSourceProperties settings) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(settings.getBasename().toArray(String[]::new));
        source.setDefaultEncoding(settings.getEncoding().name());
        source.setFallbackToSystemLocale(settings.isFallbackToSystemLocale());
        source.setAlwaysUseMessageFormat(settings.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(settings.isUseCodeAsDefaultMessage());
        return source;
    }

    private static Properties english() {
        return load("messages.properties");
    }

    private static Properties chinese() {
        return load("messages_zh_CN.properties");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return properties;
    }
}
