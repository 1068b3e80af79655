package com.icpportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.CollectionFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.CollectionUtils;
import org.springframework.util.ResourceUtils;
import org.springframework.util.StringUtils;

/**
 * The messages of every page and email: Spring's {@link ReloadableResourceBundleMessageSource} in
 * place of the {@code ResourceBundleMessageSource} Spring Boot would configure, with the same
 * {@code spring.messages.*} settings (basenames, encoding, no fallback to the system locale, common
 * messages, message-format and missing-code behaviour).
 *
 * <p>Why: a page looks up dozens of messages. Boot's source asks the JDK's resource bundle chain
 * for each ({@code messages_zh_CN}, then {@code messages}: a {@code containsKey} and a
 * {@code getString} walk per lookup). With its cache kept for ever (no
 * {@code spring.messages.cache-duration}, as today) this one answers from one map per locale, the
 * files of the locale's chain merged once, and keeps each {@code MessageFormat} it built. What a
 * code resolves to is the same in every locale ({@code MessageSourceConfigurationTest} compares
 * every key with Boot's source).
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    /** Bound as Spring Boot binds them for its own message source, which steps aside for this one. */
    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    /** Named so that the application context uses it (and Boot's auto-configuration creates none). */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(MessageSourceProperties properties) {
        return from(properties);
    }

    /** The message source for these settings; {@code cacheDuration} null (the default) caches for ever. */
    static ReloadableResourceBundleMessageSource from(MessageSourceProperties properties) {
        ReloadableResourceBundleMessageSource source = new PlainArgumentMessages();
        source.setBasenames(properties.getBasename().stream()
                .map(MessageSourceConfiguration::location)
                .toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            source.setCacheMillis(cacheDuration.toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (!CollectionUtils.isEmpty(properties.getCommonMessages())) {
            source.setCommonMessages(commonMessages(properties));
        }
        return source;
    }

    /**
     * A Boot basename ("messages", "i18n.messages" or "i18n/messages", on the class path) as a
     * location; one with a prefix ({@code classpath:}, {@code file:}) as it is.
     */
    static String location(String basename) {
        String trimmed = basename.trim();
        if (trimmed.contains(":")) {
            return trimmed;
        }
        return ResourceUtils.CLASSPATH_URL_PREFIX + StringUtils.replace(trimmed, ".", "/");
    }

    /** As Spring Boot reads them: each file in turn, a later one's key over an earlier one's. */
    private static Properties commonMessages(MessageSourceProperties properties) {
        Properties common = CollectionFactory.createSortedProperties(false);
        for (Resource resource : properties.getCommonMessages()) {
            try {
                PropertiesLoaderUtils.fillProperties(common, resource);
            } catch (IOException ex) {
                throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), ex);
            }
        }
        return common;
    }
}
