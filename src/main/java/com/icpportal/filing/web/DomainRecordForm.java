package com.icpportal.filing.web;

import com.icpportal.filing.DomainRecord;
import com.icpportal.filing.DomainRecordInput;
import com.icpportal.values.DomainName;

/** A domain registration record being added or edited; kept as typed on an error. */
public class DomainRecordForm {

    private String domain;
    private String registrant;
    private String realNameVerified;
    private String expiresOn;
    private String source;
    private long version;

    static DomainRecordForm from(DomainRecord record) {
        DomainRecordForm form = new DomainRecordForm();
        form.domain = DomainName.parse(record.domain()).unicode();
        form.registrant = record.registrant();
        form.realNameVerified = String.valueOf(record.realNameVerified());
        form.expiresOn = record.expiresOn().toString();
        form.source = record.source();
        form.version = record.version();
        return form;
    }

    DomainRecordInput toInput() {
        return new DomainRecordInput(domain, registrant, realNameVerified, expiresOn, source);
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getRegistrant() {
        return registrant;
    }

    public void setRegistrant(String registrant) {
        this.registrant = registrant;
    }

    public String getRealNameVerified() {
        return realNameVerified;
    }

    public void setRealNameVerified(String realNameVerified) {
        this.realNameVerified = realNameVerified;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
