package com.icpportal.generator;

/**
 * What a generated filing takes from its province: the ICP prefix, the first city (GB/T 2260) for
 * the subject's address, and the rules that a submitted order keeps as its snapshot.
 */
record ProvinceSeed(
        String code,
        String nameZh,
        String icpPrefix,
        String cityCode,
        boolean smsVerificationRequired,
        String verificationChannel,
        String domainCertificateRule,
        int maxDomainsPerWebsite,
        int reviewMinWorkdays,
        int reviewMaxWorkdays,
        boolean localMobileRequired) {}
