package com.icpportal.filing.web;

import com.icpportal.filing.DomainRecord;
import com.icpportal.values.DomainName;

/** A domain registration record with its domain in both forms, for the pages. */
public record DomainRow(DomainRecord record, String unicode) {

    static DomainRow of(DomainRecord record) {
        return new DomainRow(record, DomainName.parse(record.domain()).unicode());
    }

    /** Whether the domain has a Unicode form different from its ASCII one (an IDN). */
    public boolean idn() {
        return !unicode.equals(record.domain());
    }
}
