package com.icpportal.province;

import java.util.List;
import java.util.Locale;

import com.icpportal.shared.LocalizedName;

/**
 * A province and the rules for changing a filing there, as they are now. Orders copy the rules in
 * force when they are submitted.
 *
 * @param localMobileRequired whether the principal's mobile must be registered (号码归属地) in this province, as
 *                            libphonenumber's geocoder tells; numbers whose province it cannot tell are accepted
 * @param restrictedSuffixes ASCII forms (without the dot) of approved suffixes this province does
 *                           not accept in new proposals; checked against the rules in force, not snapshotted
 */
public record ProvinceRules(
        String code,
        LocalizedName name,
        List<String> icpPrefixes,
        boolean subjectChangeAllowed,
        boolean websiteChangeAllowed,
        boolean smsVerificationRequired,
        boolean localMobileRequired,
        VerificationChannel verificationChannel,
        DomainCertificateRule domainCertificateRule,
        int maxDomainsPerWebsite,
        int reviewMinWorkdays,
        int reviewMaxWorkdays,
        List<String> restrictedSuffixes,
        long version) {

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    /** The restricted suffixes as people read them: {@code .top}, {@code .中国}. */
    public List<String> restrictedSuffixesShown() {
        return restrictedSuffixes.stream()
                .map(suffix -> "." + java.net.IDN.toUnicode(suffix))
                .toList();
    }
}
