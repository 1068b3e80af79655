package com.icpportal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.PortalTest;

/** Flyway builds the schema and the seed data on a real PostgreSQL 17. */
@PortalTest
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationApplied() {
        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");
        assertThat(history)
                .extracting(row -> row.get("version"))
                .containsExactly(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                        "18", "19", "22", "23", "30", "31", "32", "33", "40", "41", "50", "51", "52", "53", "56", "60",
                        "61", "62", "70", "71", "80", "81", "82", "90", "100", "101", "102", "103", "125", "130", "131",
                        "132");
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(170000);
    }

    @Test
    void theUnreadNoticesHaveOneIndex() {
        assertThat(jdbc.queryForList(
                        "select indexname from pg_indexes where tablename = 'notification' and indexdef like '%read_at IS NULL%'",
                        String.class))
                .as("the digest's unique index (one unread per reviewer) is not a second index for the count")
                .containsExactlyInAnyOrder("ix_notification_unread_since", "ux_notification_overdue_digest");
    }

    @Test
    void thirtyOneProvincesWithTheSeededRules() {
        assertThat(count("select count(*) from province")).isEqualTo(31);
        assertThat(jdbc.queryForList(
                        "select code from province where sms_verification_required order by code", String.class))
                .containsExactly("120000", "460000", "540000", "620000", "630000", "640000", "650000");
        assertThat(jdbc.queryForList("select code from province where verification_channel = 'APP'", String.class))
                .containsExactly("310000");
        assertThat(jdbc.queryForMap(
                        "select subject_change_allowed, website_change_allowed from province where code = '610000'"))
                .containsEntry("subject_change_allowed", false)
                .containsEntry("website_change_allowed", true);
        assertThat(count("select count(*) from province where review_min_workdays = 3 and review_max_workdays = 20"))
                .isEqualTo(31);
        assertThat(
                        count(
                                "select count(*) from province where max_domains_per_website = 1 and domain_certificate_rule = 'NEW_DOMAINS'"))
                .isEqualTo(31);
    }

    @Test
    void provincesHaveTheirIcpPrefixes() {
        assertThat(jdbc.queryForList(
                        "select prefix from province_icp_prefix where province_code = '510000' order by position",
                        String.class))
                .containsExactly("川", "蜀");
        assertThat(jdbc.queryForList(
                        "select prefix from province_icp_prefix where province_code = '620000' order by position",
                        String.class))
                .containsExactly("甘", "陇");
        assertThat(count("select count(distinct province_code) from province_icp_prefix"))
                .isEqualTo(31);
        assertThat(count("select count(*) from province_icp_prefix")).isEqualTo(33);
    }

    @Test
    void administrativeDivisionsFormATree() {
        assertThat(count("select count(*) from administrative_division where level = 'PROVINCE'"))
                .isEqualTo(31);
        assertThat(count("select count(*) from administrative_division where level = 'CITY'"))
                .isGreaterThan(330);
        assertThat(count("select count(*) from administrative_division where level = 'DISTRICT'"))
                .isGreaterThan(2800);
        assertThat(jdbc.queryForMap("select parent_code, name_zh from administrative_division where code = '110105'"))
                .containsEntry("parent_code", "110100")
                .containsEntry("name_zh", "朝阳区");
        assertThat(count("""
                select count(*) from administrative_division child join administrative_division parent
                  on parent.code = child.parent_code
                 where (child.level = 'CITY' and parent.level <> 'PROVINCE')
                    or (child.level = 'DISTRICT' and parent.level <> 'CITY')""")).isZero();
    }

    @Test
    void referenceListsAreSeeded() {
        assertThat(count("select count(*) from service_type")).isEqualTo(12);
        assertThat(count("select count(*) from pre_approval_item")).isEqualTo(11);
        assertThat(jdbc.queryForList("select suffix from approved_domain_suffix", String.class))
                .contains("cn", "com", "xn--fiqs8s", "xn--55qx5d", "xn--io0a7i", "club", "xn--zfr164b")
                .hasSize(24);
        assertThat(count("select count(*) from historic_region_code")).isEqualTo(7004);
    }

    @Test
    void theDatabaseRefusesRulesThatContradictThemselves() {
        assertThatThrownBy(() -> jdbc.update("update province set review_min_workdays = 25 where code = '110000'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_province_review_window");
        assertThatThrownBy(() -> jdbc.update("update province set verification_channel = 'FAX' where code = '110000'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
