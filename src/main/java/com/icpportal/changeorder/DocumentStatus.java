package com.icpportal.changeorder;

import com.icpportal.document.DocumentView;
import com.icpportal.document.RequiredDocument;

/** A document the order needs, and the one attached to it, if any. */
public record DocumentStatus(RequiredDocument required, DocumentView attached) {

    public boolean missing() {
        return attached == null;
    }
}
