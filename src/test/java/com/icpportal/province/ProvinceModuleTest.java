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

    @Test
    void aRuleChangedElsewhereIsSeenAtTheNextReadAndTheCityOverrideToo() {
        ProvinceRules before = provinces.get(HAINAN);
        ChangePermissions initially = provinces.changePermissions(HAINAN, "460100");
        // as another node (or psql) would: straight to the tables, past this node's memory
        jdbc.update("update province set website_change_allowed = false, version = version + 1 where code = ?", HAINAN);
        jdbc.update(
                "insert into city_rule_override (city_code, province_code, subject_change_allowed, version)"
                        + " values ('460100', ?, false, 0)",
                HAINAN);
        try {
            assertThat(provinces.get(HAINAN).websiteChangeAllowed()).isFalse();
            ChangePermissions permissions = provinces.changePermissions(HAINAN, "460100");
            assertThat(permissions.subjectForbiddenBy()).isEqualTo(ChangePermissions.Authority.CITY);
            assertThat(permissions.websiteForbiddenBy()).isEqualTo(ChangePermissions.Authority.PROVINCE);
        } finally {
            jdbc.update("delete from city_rule_override where city_code = '460100'");
            jdbc.update(
                    "update province set website_change_allowed = ?, version = version + 1 where code = ?",
                    before.websiteChangeAllowed(),
                    HAINAN);
        }
        assertThat(provinces.get(HAINAN).websiteChangeAllowed()).isEqualTo(before.websiteChangeAllowed());
        assertThat(provinces.changePermissions(HAINAN, "460100")).isEqualTo(initially);
    }
}
