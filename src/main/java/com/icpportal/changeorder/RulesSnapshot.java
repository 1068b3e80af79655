package com.icpportal.changeorder;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.icpportal.province.DomainCertificateRule;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.VerificationChannel;

/**
 * The province rules in force when the order was submitted: later rule changes apply to orders
 * submitted after them, never to this one.
 */
@Embeddable
public record RulesSnapshot(
        @Column(name = "rules_captured_at") Instant capturedAt,
        @Column(name = "rules_sms_verification_required") boolean smsVerificationRequired,

        @Enumerated(EnumType.STRING) @Column(name = "rules_verification_channel")
        VerificationChannel verificationChannel,

        @Enumerated(EnumType.STRING) @Column(name = "rules_domain_certificate_rule")
        DomainCertificateRule domainCertificateRule,

        @Column(name = "rules_max_domains_per_website") int maxDomainsPerWebsite,
        @Column(name = "rules_review_min_workdays") int reviewMinWorkdays,
        @Column(name = "rules_review_max_workdays") int reviewMaxWorkdays,
        @Column(name = "rules_local_mobile_required") boolean localMobileRequired) {

    public static RulesSnapshot of(ProvinceRules rules, Instant now) {
        return new RulesSnapshot(
                now,
                rules.smsVerificationRequired(),
                rules.verificationChannel(),
                rules.domainCertificateRule(),
                rules.maxDomainsPerWebsite(),
                rules.reviewMinWorkdays(),
                rules.reviewMaxWorkdays(),
                rules.localMobileRequired());
    }
}
