package com.icpportal.notification;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications are sent.
 *
 * @param baseUrl          the portal's address as recipients reach it, for links in messages
 * @param mailFrom         the sender of every email
 * @param defaultLocale    the language of a recipient who never chose one (default zh-CN)
 * @param resubmitMinAge   an incomplete event publication is resubmitted once it is this old (default 1 minute)
 * @param claimTimeout     a message left SENDING this long (its process died) may be tried again; unset (the
 *                         default): derived from the send timeouts, see {@link ClaimTimeout}
 */
@ConfigurationProperties("portal.notifications")
public record NotificationSettings(
        String baseUrl, String mailFrom, Locale defaultLocale, Duration resubmitMinAge, Duration claimTimeout) {

    public NotificationSettings {
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null ? "noreply@icp-portal.example" : mailFrom;
        defaultLocale = defaultLocale == null ? Locale.SIMPLIFIED_CHINESE : defaultLocale;
        resubmitMinAge = resubmitMinAge == null ? Duration.ofMinutes(1) : resubmitMinAge;
    }
}
