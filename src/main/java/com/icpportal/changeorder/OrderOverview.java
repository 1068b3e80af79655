package com.icpportal.changeorder;

import com.icpportal.filing.FiledSubject;

/**
 * An order with the filing it changes and the result of checking its whole proposal (empty once
 * the proposal can no longer be edited).
 */
public record OrderOverview(
        ChangeOrderView order, FiledSubject filing, ValidationResult check, java.util.List<DocumentStatus> documents) {

    /** Every required document is attached. */
    public boolean documentsComplete() {
        return documents.stream().noneMatch(DocumentStatus::missing);
    }
}
