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

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/** Approved suffixes and designated photo sites, through MockMvc as an admin. */
@PortalTest
@RecordApplicationEvents
class ReferenceDataAdminPagesTest {

    static final String IDN_SUFFIX = "xn--czru2d"; // .商城
    static final String HUBEI = "420000";
    static final String SITES = "/admin/provinces/" + HUBEI + "/photo-sites";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApprovedSuffixes suffixes;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    PhotoSites photoSites;

    @Autowired
    ApplicationEvents events;

    TestAccount admin;
    MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        admin = testData.account("reference-admin", Role.ADMIN);
        session = Sessions.signIn(mvc, admin.username());
    }

    @AfterEach
    void removeAddedSuffix() {
        if (referenceData.approvedSuffixes().contains(IDN_SUFFIX)) {
            suffixes.remove(IDN_SUFFIX, null);
        }
    }

    @Test
    void suffixesAreListedInBothFormsWithTheNoteThatFilingsKeepTheirDomains() throws Exception {
        mvc.perform(get("/admin/suffixes").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(".中国")))
                .andExpect(content().string(containsString(".xn--fiqs8s")))
                .andExpect(content().string(containsString(".com")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Removing a suffix affects new proposals only: filings keep the domains they already have.")));
    }

    @Test
    void anInternationalisedSuffixIsAddedOnceAndRemoved() throws Exception {
        mvc.perform(post("/admin/suffixes").session(session).with(csrf()).param("suffix", " .商城 "))
                .andExpect(redirectedUrl("/admin/suffixes"));
        assertThat(referenceData.approvedSuffixes()).contains(IDN_SUFFIX);
        mvc.perform(get("/admin/suffixes").session(session))
                .andExpect(content().string(containsString(".商城 is approved.")))
                .andExpect(content().string(containsString(".xn--czru2d")));

        mvc.perform(post("/admin/suffixes").session(session).with(csrf()).param("suffix", "xn--czru2d"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Approved domain suffixes</title>")))
                .andExpect(content().string(containsString(".商城 is already approved")))
                .andExpect(content().string(containsString("value=\"xn--czru2d\"")));

        mvc.perform(post("/admin/suffixes/" + IDN_SUFFIX + "/remove")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/suffixes"));
        assertThat(referenceData.approvedSuffixes()).doesNotContain(IDN_SUFFIX);
        // removing what someone else removed meanwhile
        mvc.perform(post("/admin/suffixes/" + IDN_SUFFIX + "/remove")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(events.stream(ApprovedSuffixChanged.class)
                        .filter(event -> event.suffix().equals(IDN_SUFFIX))
                        .map(ApprovedSuffixChanged::auditKind)
                        .toList())
                .containsExactly("reference.suffix-added", "reference.suffix-removed");
    }

    @Test
    void somethingThatIsNotOneSuffixIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/admin/suffixes").session(session).with(csrf()).param("suffix", "example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter one top-level suffix such as .shop or .中国")))
                .andExpect(content().string(containsString("id=\"suffix-error\"")));
        mvc.perform(post("/admin/suffixes").session(session).with(csrf()).param("suffix", ".123"))
                .andExpect(content().string(containsString("Enter one top-level suffix")));
        mvc.perform(post("/admin/suffixes").session(session).with(csrf()).param("suffix", ""))
                .andExpect(content().string(containsString("Enter a suffix")));
        mvc.perform(post("/admin/suffixes")
                        .session(session)
                        .with(csrf())
                        .param("suffix", "bad_suffix")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("请填写一个顶级后缀")));
    }

    @Test
    void photoSitesAreAddedEditedAndDeactivated() throws Exception {
        String name = "测试拍照点" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post(SITES)
                        .session(session)
                        .with(csrf())
                        .param("nameZh", name)
                        .param("nameEn", "")
                        .param("address", "")
                        .param("openingHours", "周一至周五 09:00-17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter this")))
                .andExpect(content().string(containsString("id=\"nameEn-error\"")))
                .andExpect(content().string(containsString("id=\"address-error\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));

        mvc.perform(post(SITES)
                        .session(session)
                        .with(csrf())
                        .param("nameZh", name)
                        .param("nameEn", "Test photo site")
                        .param("address", "湖北省武汉市洪山区测试路1号")
                        .param("openingHours", "周一至周五 09:00-17:00"))
                .andExpect(redirectedUrl(SITES));
        PhotoSiteAdminView site = photoSites.ofProvince(HUBEI).stream()
                .filter(candidate -> candidate.details().nameZh().equals(name))
                .findFirst()
                .orElseThrow();
        mvc.perform(get(SITES).session(session)).andExpect(content().string(containsString(name)));

        mvc.perform(get(SITES + "/" + site.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Test photo site\"")));
        mvc.perform(post(SITES + "/" + site.id())
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(site.version()))
                        .param("nameZh", name)
                        .param("nameEn", "Test photo site")
                        .param("address", "湖北省武汉市洪山区测试路2号")
                        .param("openingHours", "周一至周六 09:00-18:00"))
                .andExpect(redirectedUrl(SITES));
        PhotoSiteAdminView edited = photoSites.get(HUBEI, site.id());
        assertThat(edited.details().address()).isEqualTo("湖北省武汉市洪山区测试路2号");

        mvc.perform(post(SITES + "/" + site.id() + "/deactivate")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(site.version())))
                .andExpect(status().isConflict());
        mvc.perform(post(SITES + "/" + site.id() + "/deactivate")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(edited.version())))
                .andExpect(redirectedUrl(SITES));
        assertThat(photoSites.get(HUBEI, site.id()).active()).isFalse();
        assertThat(photoSites.active(HUBEI)).noneMatch(active -> active.id().equals(site.id()));
        mvc.perform(get(SITES).session(session)).andExpect(content().string(containsString("Deactivated")));
        // a site is reached through its own province only
        mvc.perform(get("/admin/provinces/110000/photo-sites/" + site.id()).session(session))
                .andExpect(status().isNotFound());
        assertThat(events.stream(PhotoSiteChanged.class)
                        .filter(event -> event.siteId().equals(site.id()))
                        .map(PhotoSiteChanged::auditKind)
                        .toList())
                .containsExactly(
                        "province.photo-site-added", "province.photo-site-edited", "province.photo-site-deactivated");
        mvc.perform(get(SITES).session(session).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(not(containsString("Deactivated"))));
    }
}
