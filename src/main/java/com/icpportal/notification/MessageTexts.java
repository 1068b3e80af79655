package com.icpportal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.FieldKeys;
import com.icpportal.changeorder.Reason;
import com.icpportal.shared.PortalTimes;

/**
 * The words of every message, from messages*.properties in the recipient's language: the order's
 * reference, what happened, what to do next and by when (China time), and a returned order's
 * reasons, each under the label of its field as the order's pages name it.
 */
@Component
class MessageTexts {

    /** Field keys (changeorder's vocabulary) → the labels the proposal pages use for them. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("subject.organiserName", "form.subject.organiserName"),
            Map.entry("subject.subjectType", "filing.subjectType"),
            Map.entry("subject.certificateNumber", "subject.certificate"),
            Map.entry("subject.cityCode", "subject.cityDistrict"),
            Map.entry("subject.districtCode", "subject.cityDistrict"),
            Map.entry("subject.address", "subject.address"),
            Map.entry("subject.investor", "subject.investor"),
            Map.entry("principal.name", "principal.name"),
            Map.entry("principal.certificateNumber", "principal.certificate"),
            Map.entry("principal.certificateValidTo", "principal.validity"),
            Map.entry("principal.mobile", "principal.mobile"),
            Map.entry("principal.emergencyPhone", "principal.emergencyPhone"),
            Map.entry("principal.email", "principal.email"),
            Map.entry("website.name", "website.name"),
            Map.entry("website.serviceTypes", "website.serviceTypes"),
            Map.entry("website.preApprovalItems", "website.preApproval"),
            Map.entry("website.comment", "website.comment"));

    private static final Pattern DOMAIN = Pattern.compile("domains\\[(\\d+)].*");

    private final MessageSource messages;
    private final PortalTimes times;
    private final NotificationSettings settings;

    MessageTexts(MessageSource messages, PortalTimes times, NotificationSettings settings) {
        this.messages = messages;
        this.times = times;
        this.settings = settings;
    }

    /**
     * @param reference the order's reference (or another identifier the texts quote first)
     * @param due       by when the recipient must act, or null
     * @param reasons   why the order came back, or empty
     * @param path      the portal page to open, e.g. {@code /orders/ID}
     * @param extra     further arguments of the kind's texts ({1}, {2}, …)
     */
    Text compose(
            NotificationKind kind,
            Locale locale,
            String name,
            Object reference,
            Instant due,
            List<Reason> reasons,
            String path,
            Object... extra) {
        return compose(kind.key(), locale, name, reference, due, reasons, path, extra);
    }

    /**
     * A stored notice in the reader's language now: its subject and the notice's text.
     *
     * @param messageKey the prefix of its texts ({@code notify.KIND}), as stored with it
     */
    Text notice(String messageKey, NoticeArgs args, Locale locale) {
        Object first = args.count() != null ? args.count() : args.reference();
        return compose(messageKey, locale, null, first, args.due(), args.reasons(), null);
    }

    private Text compose(
            String key,
            Locale locale,
            String name,
            Object reference,
            Instant due,
            List<Reason> reasons,
            String path,
            Object... extra) {
        Object[] args = new Object[extra.length + 1];
        args[0] = reference;
        System.arraycopy(extra, 0, args, 1, extra.length);
        String subject = text(key + ".subject", locale, args);
        String what = text(key + ".what", locale, args);
        String next = text(key + ".next", locale, args);
        String dueLine = due == null ? null : text("notify.due", locale, times.format(due));

        StringBuilder body = new StringBuilder();
        if (name != null) {
            body.append(text("notify.greeting", locale, name)).append("\n\n");
        }
        body.append(what).append("\n\n");
        if (!reasons.isEmpty()) {
            body.append(text("notify.reasons", locale)).append('\n');
            for (Reason reason : reasons) {
                body.append("- ").append(reasonLine(reason, locale)).append('\n');
            }
            body.append('\n');
        }
        body.append(next).append('\n');
        if (dueLine != null) {
            body.append(dueLine).append('\n');
        }
        StringBuilder notice = new StringBuilder(
                body.substring(name == null ? 0 : body.indexOf("\n\n") + 2).strip());
        if (path != null) {
            body.append('\n')
                    .append(text("notify.link", locale, settings.baseUrl() + path))
                    .append('\n');
        }
        body.append('\n').append(text("notify.signature", locale)).append('\n');

        String sms = text("notify.sms", locale, subject, next) + (dueLine == null ? "" : " " + dueLine);
        return new Text(subject, body.toString(), sms, notice.toString());
    }

    String reasonLine(Reason reason, Locale locale) {
        // A reason the portal wrote itself has a message key: worded in the reader's language.
        String problem = reason.messageKey() == null
                ? reason.problem()
                : messages.getMessage(reason.messageKey(), null, reason.problem(), locale);
        String line = text("notify.reason", locale, fieldLabel(reason.fieldKey(), locale), problem);
        return reason.suggestion() == null
                ? line
                : line + " " + text("notify.reason.suggestion", locale, reason.suggestion());
    }

    String fieldLabel(String fieldKey, Locale locale) {
        if (FieldKeys.GENERAL.equals(fieldKey)) {
            return text("notify.field.general", locale);
        }
        if (fieldKey.startsWith(FieldKeys.DOCUMENT_PREFIX)) {
            String kind = fieldKey.substring(FieldKeys.DOCUMENT_PREFIX.length());
            return messages.getMessage("enum.DocumentKind." + kind, null, kind, locale);
        }
        Matcher domain = DOMAIN.matcher(fieldKey);
        if (domain.matches()) {
            return text("notify.field.domain", locale, Integer.parseInt(domain.group(1)) + 1);
        }
        String label = FIELD_LABELS.get(fieldKey);
        return label == null ? fieldKey : messages.getMessage(label, null, fieldKey, locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One message in three sizes: email subject and body, SMS text, in-app notice body. */
    record Text(String subject, String body, String sms, String notice) {}
}
