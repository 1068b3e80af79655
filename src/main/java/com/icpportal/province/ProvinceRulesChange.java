package com.icpportal.province;

import java.util.List;

/** New rules for a province, applying to orders submitted afterwards. */
public record ProvinceRulesChange(
        boolean subjectChangeAllowed,
        boolean websiteChangeAllowed,
        boolean smsVerificationRequired,
        VerificationChannel verificationChannel,
        DomainCertificateRule domainCertificateRule,
        int maxDomainsPerWebsite,
        int reviewMinWorkdays,
        int reviewMaxWorkdays,
        List<String> icpPrefixes) {

    /** The current rules as a change to edit. */
    public static ProvinceRulesChange from(ProvinceRules rules) {
        return new ProvinceRulesChange(rules.subjectChangeAllowed(), rules.websiteChangeAllowed(),
                rules.smsVerificationRequired(), rules.verificationChannel(), rules.domainCertificateRule(),
                rules.maxDomainsPerWebsite(), rules.reviewMinWorkdays(), rules.reviewMaxWorkdays(), rules.icpPrefixes());
    }

    public ProvinceRulesChange withSmsVerificationRequired(boolean required) {
        return new ProvinceRulesChange(subjectChangeAllowed, websiteChangeAllowed, required, verificationChannel,
                domainCertificateRule, maxDomainsPerWebsite, reviewMinWorkdays, reviewMaxWorkdays, icpPrefixes);
    }

    public ProvinceRulesChange withChangesAllowed(boolean subject, boolean website) {
        return new ProvinceRulesChange(subject, website, smsVerificationRequired, verificationChannel,
                domainCertificateRule, maxDomainsPerWebsite, reviewMinWorkdays, reviewMaxWorkdays, icpPrefixes);
    }
}
