package com.icpportal.filing;

/**
 * An approved change would file a domain another website has filed meanwhile (two open orders of
 * different subjects proposing the same new domain): the filing stays as it was.
 */
public class DomainFiledElsewhereException extends IllegalStateException {

    private final String domain;

    public DomainFiledElsewhereException(String domain) {
        super("domain " + domain + " is filed for another website");
        this.domain = domain;
    }

    public String domain() {
        return domain;
    }
}
