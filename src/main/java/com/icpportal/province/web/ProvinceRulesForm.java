package com.icpportal.province.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;

import com.icpportal.province.ApprovedSuffixes;
import com.icpportal.province.DomainCertificateRule;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.ProvinceRulesChange;
import com.icpportal.province.VerificationChannel;

/**
 * A province's rules as the edit page shows them: numbers and lists as typed, so that what the
 * admin entered comes back unchanged when something is wrong.
 */
public class ProvinceRulesForm {

    private static final String SEPARATORS = "[\\s,，、;；]+";

    private boolean subjectChangeAllowed;
    private boolean websiteChangeAllowed;
    private boolean smsVerificationRequired;
    private boolean localMobileRequired;
    private VerificationChannel verificationChannel;
    private DomainCertificateRule domainCertificateRule;
    private String maxDomainsPerWebsite;
    private String reviewMinWorkdays;
    private String reviewMaxWorkdays;
    private String icpPrefixes;
    private String restrictedSuffixes;
    private long version;

    static ProvinceRulesForm from(ProvinceRules rules) {
        ProvinceRulesForm form = new ProvinceRulesForm();
        form.subjectChangeAllowed = rules.subjectChangeAllowed();
        form.websiteChangeAllowed = rules.websiteChangeAllowed();
        form.smsVerificationRequired = rules.smsVerificationRequired();
        form.localMobileRequired = rules.localMobileRequired();
        form.verificationChannel = rules.verificationChannel();
        form.domainCertificateRule = rules.domainCertificateRule();
        form.maxDomainsPerWebsite = String.valueOf(rules.maxDomainsPerWebsite());
        form.reviewMinWorkdays = String.valueOf(rules.reviewMinWorkdays());
        form.reviewMaxWorkdays = String.valueOf(rules.reviewMaxWorkdays());
        form.icpPrefixes = String.join(" ", rules.icpPrefixes());
        form.restrictedSuffixes = rules.restrictedSuffixes().stream()
                .map(suffix -> "." + java.net.IDN.toUnicode(suffix))
                .collect(Collectors.joining(" "));
        form.version = rules.version();
        return form;
    }

    /**
     * The change these fields describe; numbers that are not numbers are rejected at their field
     * here, everything else is the service's to judge.
     */
    ProvinceRulesChange toChange(BindingResult result) {
        return new ProvinceRulesChange(
                subjectChangeAllowed,
                websiteChangeAllowed,
                smsVerificationRequired,
                localMobileRequired,
                verificationChannel,
                domainCertificateRule,
                number(result, "maxDomainsPerWebsite", maxDomainsPerWebsite),
                number(result, "reviewMinWorkdays", reviewMinWorkdays),
                number(result, "reviewMaxWorkdays", reviewMaxWorkdays),
                tokens(icpPrefixes),
                suffixes(result));
    }

    private static int number(BindingResult result, String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "admin.validation.number");
            return 0;
        }
    }

    private List<String> suffixes(BindingResult result) {
        List<String> ascii = new ArrayList<>();
        for (String typed : tokens(restrictedSuffixes)) {
            var suffix = ApprovedSuffixes.toAscii(typed);
            if (suffix.isEmpty()) {
                result.rejectValue(
                        "restrictedSuffixes", "admin.validation.suffixNotApproved", new Object[] {typed}, null);
                return List.of();
            }
            if (!ascii.contains(suffix.get())) {
                ascii.add(suffix.get());
            }
        }
        return ascii;
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split(SEPARATORS))
                .filter(token -> !token.isEmpty())
                .toList();
    }

    public boolean isSubjectChangeAllowed() {
        return subjectChangeAllowed;
    }

    public void setSubjectChangeAllowed(boolean subjectChangeAllowed) {
        this.subjectChangeAllowed = subjectChangeAllowed;
    }

    public boolean isWebsiteChangeAllowed() {
        return websiteChangeAllowed;
    }

    public void setWebsiteChangeAllowed(boolean websiteChangeAllowed) {
        this.websiteChangeAllowed = websiteChangeAllowed;
    }

    public boolean isSmsVerificationRequired() {
        return smsVerificationRequired;
    }

    public void setSmsVerificationRequired(boolean smsVerificationRequired) {
        this.smsVerificationRequired = smsVerificationRequired;
    }

    public boolean isLocalMobileRequired() {
        return localMobileRequired;
    }

    public void setLocalMobileRequired(boolean localMobileRequired) {
        this.localMobileRequired = localMobileRequired;
    }

    public VerificationChannel getVerificationChannel() {
        return verificationChannel;
    }

    public void setVerificationChannel(VerificationChannel verificationChannel) {
        this.verificationChannel = verificationChannel;
    }

    public DomainCertificateRule getDomainCertificateRule() {
        return domainCertificateRule;
    }

    public void setDomainCertificateRule(DomainCertificateRule domainCertificateRule) {
        this.domainCertificateRule = domainCertificateRule;
    }

    public String getMaxDomainsPerWebsite() {
        return maxDomainsPerWebsite;
    }

    public void setMaxDomainsPerWebsite(String maxDomainsPerWebsite) {
        this.maxDomainsPerWebsite = maxDomainsPerWebsite;
    }

    public String getReviewMinWorkdays() {
        return reviewMinWorkdays;
    }

    public void setReviewMinWorkdays(String reviewMinWorkdays) {
        this.reviewMinWorkdays = reviewMinWorkdays;
    }

    public String getReviewMaxWorkdays() {
        return reviewMaxWorkdays;
    }

    public void setReviewMaxWorkdays(String reviewMaxWorkdays) {
        this.reviewMaxWorkdays = reviewMaxWorkdays;
    }

    public String getIcpPrefixes() {
        return icpPrefixes;
    }

    public void setIcpPrefixes(String icpPrefixes) {
        this.icpPrefixes = icpPrefixes;
    }

    public String getRestrictedSuffixes() {
        return restrictedSuffixes;
    }

    public void setRestrictedSuffixes(String restrictedSuffixes) {
        this.restrictedSuffixes = restrictedSuffixes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
