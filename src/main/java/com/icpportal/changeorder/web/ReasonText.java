package com.icpportal.changeorder.web;

/** An eligibility reason as the page says it, with the link to the open order where there is one. */
public record ReasonText(String text, String orderLink, boolean refile) {

    public ReasonText(String text, String orderLink) {
        this(text, orderLink, false);
    }
}
