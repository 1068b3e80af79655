package com.icpportal.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.icpportal.shared.PortalTimes;

/**
 * An audit entry's detail as people read it. The trail keeps what the event wrote (English, with
 * enum names, exception names and UTC instants, so the record never changes with a translation);
 * the page shows the same text with each instant in China's time and each enum or failure name in
 * words of the reader's language. A token with no words is shown as stored.
 */
@Component("auditWords")
class AuditDetailWords {

    /** An ISO-8601 UTC instant as {@code Instant.toString()} writes it. */
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

    /** An enum constant (WEBSITE_CHANGE, AUTHORITY_REVIEW) or a sign-in failure (BadCredentials). */
    private static final Pattern NAME =
            Pattern.compile("\\b([A-Z][A-Z_]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]+)+|Locked|Disabled)\\b");

    /** Where the words of a name may be, in this order. */
    private static final List<String> PREFIXES = List.of(
            "audit.failure.",
            "enum.ChangeType.",
            "enum.OrderState.",
            "enum.DocumentKind.",
            "enum.Action.",
            "review.calls.",
            "enum.Role.");

    private final MessageSource messages;
    private final PortalTimes times;

    AuditDetailWords(MessageSource messages, PortalTimes times) {
        this.messages = messages;
        this.times = times;
    }

    /** The detail in the current request's language; null stays null. */
    public String words(String detail) {
        return detail == null ? null : words(detail, LocaleContextHolder.getLocale());
    }

    String words(String detail, Locale locale) {
        String timed = replace(INSTANT, detail, token -> {
            try {
                return times.format(Instant.parse(token));
            } catch (DateTimeParseException unparsable) {
                return token;
            }
        });
        return replace(NAME, timed, token -> {
            for (String prefix : PREFIXES) {
                String text = messages.getMessage(prefix + token, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
            return token;
        });
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> words) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(words.apply(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
