package com.icpportal.audit;

import java.util.List;

/** One page of the trail, newest first, and whether older entries follow. */
public record AuditPage(List<AuditEntry> entries, boolean hasOlder) {

    public AuditEntry last() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }
}
