package com.icpportal.changeorder.web;

import java.util.List;
import java.util.Locale;

import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.Violation;

/**
 * A violation as a summary entry: its message, and the section page and field it points to.
 *
 * @param href the section's page, back to check answers after saving, at the field
 */
public record ViolationLink(String messageKey, Object[] arguments, String href) {

    static List<ViolationLink> of(java.util.UUID orderId, List<Violation> violations) {
        return violations.stream()
                .map(violation -> {
                    if (violation.fieldKey().startsWith(com.icpportal.changeorder.FieldKeys.DOCUMENT_PREFIX)) {
                        String kind = violation
                                .fieldKey()
                                .substring(com.icpportal.changeorder.FieldKeys.DOCUMENT_PREFIX.length());
                        return new ViolationLink(
                                violation.messageKey(),
                                violation.arguments().toArray(),
                                "/orders/" + orderId + "/documents#document-" + kind);
                    }
                    Section section = java.util.Arrays.stream(Section.values())
                            .filter(s -> s.owns(violation.fieldKey()))
                            .findFirst()
                            .orElse(Section.PRINCIPAL);
                    String field = OrderPages.formField(violation.fieldKey())
                            .replace("[", "")
                            .replace("]", "");
                    return new ViolationLink(
                            violation.messageKey(),
                            violation.arguments().toArray(),
                            "/orders/" + orderId + "/" + section.name().toLowerCase(Locale.ROOT) + "?returnTo=check#"
                                    + field);
                })
                .toList();
    }
}
