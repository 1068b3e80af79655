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

    /**
     * A deadline moved by a calendar change, as {@code DeadlineMoved} words it: said again as one
     * sentence of the reader's language instead of word by word.
     */
    private static final Pattern DEADLINE_MOVED = Pattern.compile(
            "^(\\S+): deadline of ([A-Z_]+) moved from (\\S+) to (\\S+) because (\\d{4}-\\d{2}-\\d{2}) (.+)$");

    /** The causes of a moved deadline, by the words the event stores. */
    private static final java.util.Map<String, String> DEADLINE_CAUSES = java.util.Map.of(
            "became a holiday", "HOLIDAY_ADDED",
            "became a working day", "WORKDAY_ADDED",
            "is no longer a holiday", "HOLIDAY_REMOVED",
            "is no longer an adjusted working day", "WORKDAY_REMOVED",
            "was replaced by an imported calendar year", "YEAR_IMPORTED");

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
        Matcher moved = DEADLINE_MOVED.matcher(detail);
        if (moved.matches() && DEADLINE_CAUSES.containsKey(moved.group(6))) {
            return messages.getMessage(
                    "audit.detail.deadlineMoved." + DEADLINE_CAUSES.get(moved.group(6)),
                    new Object[] {
                        moved.group(1),
                        messages.getMessage("enum.OrderState." + moved.group(2), null, moved.group(2), locale),
                        time(moved.group(3)),
                        time(moved.group(4)),
                        moved.group(5)
                    },
                    locale);
        }
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

    private String time(String token) {
        try {
            return times.format(Instant.parse(token));
        } catch (DateTimeParseException unparsable) {
            return token;
        }
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
