package com.icpportal.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents a change needs, from the rules table and what the caller describes. */
@Service
public class RequiredDocuments {

    private final DocumentRequirementRepository rules;

    RequiredDocuments(DocumentRequirementRepository rules) {
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public List<RequiredDocument> evaluate(DocumentNeeds needs) {
        return evaluate(rules.findAllInOrder(), needs);
    }

    /** Every kind whose rules apply, once, with each reason; in the order of the rules. */
    static List<RequiredDocument> evaluate(List<DocumentRequirement> rows, DocumentNeeds needs) {
        Map<DocumentKind, List<String>> required = new LinkedHashMap<>();
        for (DocumentRequirement row : rows) {
            if (row.appliesTo(needs)) {
                List<String> reasons = required.computeIfAbsent(row.kind(), kind -> new ArrayList<>());
                if (!reasons.contains(row.reasonKey())) {
                    reasons.add(row.reasonKey());
                }
            }
        }
        return required.entrySet().stream()
                .map(entry -> new RequiredDocument(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
