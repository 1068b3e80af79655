package com.icpportal.province;

import java.util.ArrayList;
import java.util.List;

/**
 * New rules for a province, applying to orders submitted afterwards.
 *
 * @param icpPrefixes        one Chinese character each, e.g. 川 and 蜀
 * @param restrictedSuffixes ASCII forms without the leading dot, each an approved suffix
 */
public record ProvinceRulesChange(
        boolean subjectChangeAllowed,
        boolean websiteChangeAllowed,
        boolean smsVerificationRequired,
        boolean localMobileRequired,
        VerificationChannel verificationChannel,
        DomainCertificateRule domainCertificateRule,
        int maxDomainsPerWebsite,
        int reviewMinWorkdays,
        int reviewMaxWorkdays,
        List<String> icpPrefixes,
        List<String> restrictedSuffixes) {

    public ProvinceRulesChange {
        icpPrefixes = List.copyOf(icpPrefixes);
        restrictedSuffixes = List.copyOf(restrictedSuffixes);
    }

    /** The current rules as a change to edit. */
    public static ProvinceRulesChange from(ProvinceRules rules) {
        return new ProvinceRulesChange(
                rules.subjectChangeAllowed(),
                rules.websiteChangeAllowed(),
                rules.smsVerificationRequired(),
                rules.localMobileRequired(),
                rules.verificationChannel(),
                rules.domainCertificateRule(),
                rules.maxDomainsPerWebsite(),
                rules.reviewMinWorkdays(),
                rules.reviewMaxWorkdays(),
                rules.icpPrefixes(),
                rules.restrictedSuffixes());
    }

    public ProvinceRulesChange withSmsVerificationRequired(boolean required) {
        return new ProvinceRulesChange(
                subjectChangeAllowed,
                websiteChangeAllowed,
                required,
                localMobileRequired,
                verificationChannel,
                domainCertificateRule,
                maxDomainsPerWebsite,
                reviewMinWorkdays,
                reviewMaxWorkdays,
                icpPrefixes,
                restrictedSuffixes);
    }

    public ProvinceRulesChange withLocalMobileRequired(boolean required) {
        return new ProvinceRulesChange(
                subjectChangeAllowed,
                websiteChangeAllowed,
                smsVerificationRequired,
                required,
                verificationChannel,
                domainCertificateRule,
                maxDomainsPerWebsite,
                reviewMinWorkdays,
                reviewMaxWorkdays,
                icpPrefixes,
                restrictedSuffixes);
    }

    public ProvinceRulesChange withChangesAllowed(boolean subject, boolean website) {
        return new ProvinceRulesChange(
                subject,
                website,
                smsVerificationRequired,
                localMobileRequired,
                verificationChannel,
                domainCertificateRule,
                maxDomainsPerWebsite,
                reviewMinWorkdays,
                reviewMaxWorkdays,
                icpPrefixes,
                restrictedSuffixes);
    }

    public ProvinceRulesChange withRestrictedSuffixes(List<String> suffixes) {
        return new ProvinceRulesChange(
                subjectChangeAllowed,
                websiteChangeAllowed,
                smsVerificationRequired,
                localMobileRequired,
                verificationChannel,
                domainCertificateRule,
                maxDomainsPerWebsite,
                reviewMinWorkdays,
                reviewMaxWorkdays,
                icpPrefixes,
                suffixes);
    }

    /** What differs from the rules before, for the audit trail: "smsVerificationRequired false→true; ...". */
    String differencesFrom(ProvinceRules before) {
        List<String> changes = new ArrayList<>();
        difference(changes, "subjectChangeAllowed", before.subjectChangeAllowed(), subjectChangeAllowed);
        difference(changes, "websiteChangeAllowed", before.websiteChangeAllowed(), websiteChangeAllowed);
        difference(changes, "smsVerificationRequired", before.smsVerificationRequired(), smsVerificationRequired);
        difference(changes, "localMobileRequired", before.localMobileRequired(), localMobileRequired);
        difference(changes, "verificationChannel", before.verificationChannel(), verificationChannel);
        difference(changes, "domainCertificateRule", before.domainCertificateRule(), domainCertificateRule);
        difference(changes, "maxDomainsPerWebsite", before.maxDomainsPerWebsite(), maxDomainsPerWebsite);
        difference(changes, "reviewMinWorkdays", before.reviewMinWorkdays(), reviewMinWorkdays);
        difference(changes, "reviewMaxWorkdays", before.reviewMaxWorkdays(), reviewMaxWorkdays);
        difference(changes, "icpPrefixes", before.icpPrefixes(), icpPrefixes);
        difference(
                changes,
                "restrictedSuffixes",
                before.restrictedSuffixes(),
                restrictedSuffixes.stream().sorted().toList());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void difference(List<String> changes, String name, Object before, Object after) {
        if (!before.equals(after)) {
            changes.add(name + " " + before + "→" + after);
        }
    }
}
