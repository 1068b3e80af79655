package com.icpportal.province;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.icpportal.shared.LocalizedName;

@Entity
@Table(name = "province")
class Province {

    @Id
    private String code;

    private String nameEn;

    private String nameZh;

    private boolean subjectChangeAllowed;

    private boolean websiteChangeAllowed;

    private boolean smsVerificationRequired;

    private boolean localMobileRequired;

    @Enumerated(EnumType.STRING)
    private VerificationChannel verificationChannel;

    @Enumerated(EnumType.STRING)
    private DomainCertificateRule domainCertificateRule;

    private int maxDomainsPerWebsite;

    private int reviewMinWorkdays;

    private int reviewMaxWorkdays;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "province_icp_prefix", joinColumns = @JoinColumn(name = "province_code"))
    @OrderColumn(name = "position")
    @Column(name = "prefix")
    private List<String> icpPrefixes = new ArrayList<>();

    /** ASCII forms of approved suffixes this province does not accept for new proposals. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "province_restricted_suffix", joinColumns = @JoinColumn(name = "province_code"))
    @Column(name = "suffix")
    private Set<String> restrictedSuffixes = new TreeSet<>();

    protected Province() {}

    String code() {
        return code;
    }

    boolean subjectChangeAllowed() {
        return subjectChangeAllowed;
    }

    boolean websiteChangeAllowed() {
        return websiteChangeAllowed;
    }

    void change(ProvinceRulesChange change) {
        this.subjectChangeAllowed = change.subjectChangeAllowed();
        this.websiteChangeAllowed = change.websiteChangeAllowed();
        this.smsVerificationRequired = change.smsVerificationRequired();
        this.localMobileRequired = change.localMobileRequired();
        this.verificationChannel = change.verificationChannel();
        this.domainCertificateRule = change.domainCertificateRule();
        this.maxDomainsPerWebsite = change.maxDomainsPerWebsite();
        this.reviewMinWorkdays = change.reviewMinWorkdays();
        this.reviewMaxWorkdays = change.reviewMaxWorkdays();
        this.icpPrefixes.clear();
        this.icpPrefixes.addAll(change.icpPrefixes());
        this.restrictedSuffixes.clear();
        this.restrictedSuffixes.addAll(change.restrictedSuffixes());
    }

    long version() {
        return version;
    }

    ProvinceRules rules() {
        return new ProvinceRules(
                code,
                new LocalizedName(nameEn, nameZh),
                List.copyOf(icpPrefixes),
                subjectChangeAllowed,
                websiteChangeAllowed,
                smsVerificationRequired,
                localMobileRequired,
                verificationChannel,
                domainCertificateRule,
                maxDomainsPerWebsite,
                reviewMinWorkdays,
                reviewMaxWorkdays,
                List.copyOf(new TreeSet<>(restrictedSuffixes)),
                version);
    }
}
