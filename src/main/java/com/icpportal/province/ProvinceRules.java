package com.icpportal.province;

import java.util.List;
import java.util.Locale;

import com.icpportal.web.LocalizedName;

/**
 * A province and the rules for changing a filing there, as they are now. Orders copy the rules in
 * force when they are submitted.
 */
public record ProvinceRules(
        String code,
        LocalizedName name,
        List<String> icpPrefixes,
        boolean subjectChangeAllowed,
        boolean websiteChangeAllowed,
        boolean smsVerificationRequired,
        VerificationChannel verificationChannel,
        DomainCertificateRule domainCertificateRule,
        int maxDomainsPerWebsite,
        int reviewMinWorkdays,
        int reviewMaxWorkdays,
        long version) {

    public String nameIn(Locale locale) {
        return name.in(locale);
    }
}
