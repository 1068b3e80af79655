package com.icpportal.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** The province rules page and its city overrides, through MockMvc as an admin. */
@PortalTest
@RecordApplicationEvents
class ProvinceAdminPagesTest {

    static final String HUBEI = "420000";
    static final String WUHAN = "420100";
    static final String PAGE = "/admin/provinces/" + HUBEI;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    Provinces provinces;

    @Autowired
    ApplicationEvents events;

    TestAccount admin;
    MockHttpSession session;
    ProvinceRules before;

    @BeforeEach
    void signIn() throws Exception {
        admin = testData.account("province-admin", Role.ADMIN);
        session = Sessions.signIn(mvc, admin.username());
        before = provinces.get(HUBEI);
    }

    @AfterEach
    void restore() {
        provinces.update(
                HUBEI, ProvinceRulesChange.from(before), provinces.get(HUBEI).version());
        provinces.removeCityOverride(WUHAN);
    }

    @Test
    void theConsoleHomeListsEveryProvinceWithAnEditLinkAndTheAdminAreas() throws Exception {
        String html = mvc.perform(get("/admin").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("href=\"/admin/provinces/\\d{6}\"")
                        .matcher(html)
                        .results()
                        .count())
                .isEqualTo(31);
        assertThat(html)
                .contains(
                        "href=\"/admin/suffixes\"",
                        "href=\"/review/domains\"",
                        "href=\"/admin/calendar\"",
                        "href=\"/admin/filings\"",
                        "href=\"/admin/accounts\"",
                        "href=\"/admin/audit\"",
                        "Hubei",
                        "鄂");
    }

    @Test
    void theEditPageShowsTheRulesAndSaysAChangeAppliesToOrdersSubmittedAfterwards() throws Exception {
        mvc.perform(get(PAGE).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rules of Hubei")))
                .andExpect(content().string(containsString("value=\"鄂\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + before.version() + "\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "A change applies to orders submitted afterwards. Orders already submitted keep the rules")));
        mvc.perform(get("/admin/provinces/999999").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aValidChangeIsSavedWithAnEventAndTheAdminSeesItAfterTheRedirect() throws Exception {
        mvc.perform(rules(before.version(), "smsVerificationRequired", "true", "restrictedSuffixes", ".TOP, 中国"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE));

        ProvinceRules after = provinces.get(HUBEI);
        assertThat(after.smsVerificationRequired()).isTrue();
        assertThat(after.restrictedSuffixes()).containsExactly("top", "xn--fiqs8s");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(events.stream(ProvinceRulesChanged.class)).anySatisfy(event -> {
            assertThat(event.provinceCode()).isEqualTo(HUBEI);
            assertThat(event.auditActorId()).isEqualTo(admin.id());
        });
        mvc.perform(get(PAGE).session(session)).andExpect(content().string(containsString("value=\".top .中国\"")));
    }

    @Test
    void wrongValuesAreRefusedAtTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        String html = mvc.perform(rules(
                        before.version(),
                        "reviewMinWorkdays",
                        "10",
                        "reviewMaxWorkdays",
                        "5",
                        "maxDomainsPerWebsite",
                        "many",
                        "icpPrefixes",
                        " ",
                        "restrictedSuffixes",
                        ".nosuch"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "<title>Error: Rules of Hubei</title>",
                        "There is a problem",
                        "The most working days must not be fewer than the fewest",
                        "Enter a whole number",
                        "Enter at least one ICP prefix",
                        ".nosuch is not an approved suffix",
                        "id=\"reviewMaxWorkdays-error\"",
                        "id=\"icpPrefixes-error\"",
                        "id=\"restrictedSuffixes-error\"",
                        "value=\"10\"",
                        "value=\"5\"",
                        "value=\"many\"",
                        "value=\".nosuch\"");
        assertThat(provinces.get(HUBEI)).isEqualTo(before);
    }

    @Test
    void theMessagesAreInChineseForAChineseReader() throws Exception {
        mvc.perform(rules(before.version(), "reviewMinWorkdays", "10", "reviewMaxWorkdays", "5", "icpPrefixes", "鄂 京")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("错误：湖北省的规则")))
                .andExpect(content().string(containsString("最多工作日不能少于最少工作日")))
                .andExpect(content().string(containsString("京 已是北京市的前缀")));
    }

    @Test
    void prefixesAreOneKnownCharacterEachAndNotTwice() throws Exception {
        mvc.perform(rules(before.version(), "icpPrefixes", "HB"))
                .andExpect(content().string(containsString("HB is not a province prefix of ICP numbers")));
        mvc.perform(rules(before.version(), "icpPrefixes", "鄂，鄂"))
                .andExpect(content().string(containsString("鄂 is entered twice")));
        mvc.perform(rules(before.version(), "maxDomainsPerWebsite", "0"))
                .andExpect(content().string(containsString("Enter a whole number from 1 to 100")));
        assertThat(provinces.get(HUBEI)).isEqualTo(before);
    }

    @Test
    void aFormLoadedBeforeSomeoneElseSavedGetsTheConflictPage() throws Exception {
        mvc.perform(rules(before.version())).andExpect(status().isFound());
        mvc.perform(rules(before.version(), "smsVerificationRequired", "true")).andExpect(status().isConflict());
        assertThat(provinces.get(HUBEI).smsVerificationRequired()).isEqualTo(before.smsVerificationRequired());
    }

    @Test
    void cityOverridesAreAddedEditedAndRemoved() throws Exception {
        mvc.perform(get(PAGE + "/cities/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"420100\">Wuhan City (420100)</option>")));
        mvc.perform(post(PAGE + "/cities")
                        .session(session)
                        .with(csrf())
                        .param("cityCode", WUHAN)
                        .param("subjectChange", "false")
                        .param("websiteChange", "")
                        .param("note", "武汉市暂停主体变更"))
                .andExpect(redirectedUrl(PAGE));
        assertThat(provinces.changePermissions(HUBEI, WUHAN).subjectChangeAllowed())
                .isFalse();
        assertThat(provinces.changePermissions(HUBEI, WUHAN).websiteChangeAllowed())
                .isTrue();
        mvc.perform(get(PAGE).session(session))
                .andExpect(content().string(containsString("武汉市暂停主体变更")))
                .andExpect(content().string(containsString("Not permitted")));

        mvc.perform(post(PAGE + "/cities")
                        .session(session)
                        .with(csrf())
                        .param("cityCode", WUHAN)
                        .param("subjectChange", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This city already has an override: edit it instead")));
        mvc.perform(post(PAGE + "/cities").session(session).with(csrf()).param("cityCode", "110100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a city of this province")));

        long version = provinces.cityOverride(HUBEI, WUHAN).version();
        mvc.perform(get(PAGE + "/cities/" + WUHAN).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"武汉市暂停主体变更\"")));
        mvc.perform(post(PAGE + "/cities/" + WUHAN)
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("subjectChange", "")
                        .param("websiteChange", "false")
                        .param("note", ""))
                .andExpect(redirectedUrl(PAGE));
        assertThat(provinces.changePermissions(HUBEI, WUHAN).subjectChangeAllowed())
                .isTrue();
        assertThat(provinces.changePermissions(HUBEI, WUHAN).websiteChangeAllowed())
                .isFalse();

        mvc.perform(post(PAGE + "/cities/" + WUHAN + "/remove")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        long current = provinces.cityOverride(HUBEI, WUHAN).version();
        mvc.perform(post(PAGE + "/cities/" + WUHAN + "/remove")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(current)))
                .andExpect(redirectedUrl(PAGE));
        assertThat(provinces.cityOverrides(HUBEI)).isEmpty();
        assertThat(events.stream(CityOverrideChanged.class)
                        .filter(event -> event.cityCode().equals(WUHAN))
                        .map(CityOverrideChanged::auditKind)
                        .toList())
                .containsExactly(
                        "province.city-override-set", "province.city-override-set", "province.city-override-removed");
        mvc.perform(get(PAGE).session(session)).andExpect(content().string(not(containsString("city-" + WUHAN))));
    }

    /** A POST of the province form with the current rules, except the fields given as name, value pairs. */
    private MockHttpServletRequestBuilder rules(long version, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        if (before.subjectChangeAllowed()) {
            fields.put("subjectChangeAllowed", "true");
        }
        if (before.websiteChangeAllowed()) {
            fields.put("websiteChangeAllowed", "true");
        }
        if (before.smsVerificationRequired()) {
            fields.put("smsVerificationRequired", "true");
        }
        fields.put("verificationChannel", before.verificationChannel().name());
        fields.put("domainCertificateRule", before.domainCertificateRule().name());
        fields.put("maxDomainsPerWebsite", String.valueOf(before.maxDomainsPerWebsite()));
        fields.put("reviewMinWorkdays", String.valueOf(before.reviewMinWorkdays()));
        fields.put("reviewMaxWorkdays", String.valueOf(before.reviewMaxWorkdays()));
        fields.put("icpPrefixes", String.join(" ", before.icpPrefixes()));
        fields.put("restrictedSuffixes", String.join(" ", before.restrictedSuffixesShown()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(PAGE).session(session).with(csrf());
        fields.forEach(request::param);
        // what a browser sends for every checkbox, ticked or not
        List.of("subjectChangeAllowed", "websiteChangeAllowed", "smsVerificationRequired")
                .forEach(box -> request.param("_" + box, "on"));
        return request;
    }
}
