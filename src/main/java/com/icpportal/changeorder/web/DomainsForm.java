package com.icpportal.changeorder.web;

import java.util.ArrayList;
import java.util.List;

/** The domains section: one row per domain the province allows; a domain is replaced by typing another. */
public class DomainsForm {

    private List<String> domains = new ArrayList<>();
    private long version;

    static DomainsForm from(List<String> unicodeDomains, int rows, long version) {
        DomainsForm form = new DomainsForm();
        form.domains = new ArrayList<>(unicodeDomains);
        while (form.domains.size() < rows) {
            form.domains.add("");
        }
        form.version = version;
        return form;
    }

    public List<String> getDomains() {
        return domains;
    }

    public void setDomains(List<String> domains) {
        this.domains = domains == null ? new ArrayList<>() : domains;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
