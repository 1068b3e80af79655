package com.icpportal.province.web;

/** A suffix to approve, typed in either form (.中国 or .xn--fiqs8s). */
public class SuffixForm {

    private String suffix;

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }
}
