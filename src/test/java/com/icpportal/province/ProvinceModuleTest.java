package com.icpportal.province;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.ModuleTest;

/** The province module alone: a province's rules changed, read back, and restored. */
@ModuleTest
class ProvinceModuleTest {

    /** Hainan: no other test changes its rules. */
    static final String HAINAN = "460000";

    final Provinces provinces;
    final JdbcTemplate jdbc;

    ProvinceModuleTest(Provinces provinces, JdbcTemplate jdbc) {
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    @Test
    void aChangedRuleIsReadBackFromTheDatabase() {
        ProvinceRules before = provinces.get(HAINAN);
        ProvinceRules changed = provinces.update(
                HAINAN,
                ProvinceRulesChange.from(before).withSmsVerificationRequired(!before.smsVerificationRequired()),
                before.version());
        try {
            assertThat(provinces.get(HAINAN).smsVerificationRequired()).isEqualTo(!before.smsVerificationRequired());
            assertThat(changed.version()).isGreaterThan(before.version());
            assertThat(jdbc.queryForObject(
                            "select sms_verification_required from province where code = ?", Boolean.class, HAINAN))
                    .isEqualTo(!before.smsVerificationRequired());
        } finally {
            provinces.update(HAINAN, ProvinceRulesChange.from(before), changed.version());
        }
        assertThat(provinces.get(HAINAN).smsVerificationRequired()).isEqualTo(before.smsVerificationRequired());
    }
}
