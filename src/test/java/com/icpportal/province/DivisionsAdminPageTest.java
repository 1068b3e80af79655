package com.icpportal.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.StatementCounter;
import com.icpportal.support.TestData;

/**
 * The division admin page against the real table: the shipped changes, an import checked whole, and
 * abolished divisions kept for filed data but no longer offered. Test divisions live under 6590
 * (Xinjiang's county-level cities), at codes no list uses, and are removed afterwards.
 */
@PortalTest
@RecordApplicationEvents
class DivisionsAdminPageTest {

    static final String XINJIANG_CITIES = "659000";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    ApplicationEvents events;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.signIn(
                mvc, testData.account("division-admin", Role.ADMIN).username());
    }

    @AfterEach
    void removeTestDivisions() {
        jdbc.update("delete from administrative_division where code in ('659061', '659062')");
    }

    @Test
    void theShippedDataHaveTheNewDivisionsAndOfferNoAbolishedOne() throws Exception {
        assertThat(codes(referenceData.children("500100"))).contains("500157");
        assertThat(codes(referenceData.children("653200"))).contains("653228", "653229");
        assertThat(codes(referenceData.children("540400"))).contains("540481").doesNotContain("540422");
        assertThat(codes(referenceData.divisionsOfProvince("540000"))).doesNotContain("540422", "540530");
        // filed data keep their names
        assertThat(referenceData.divisions(List.of("540422")).get("540422")).satisfies(division -> {
            assertThat(division.name().chinese()).isEqualTo("米林县");
            assertThat(division.abolished()).isTrue();
        });
        assertThat(referenceData.approvedSuffixes()).contains("xn--zfr164b");

        mvc.perform(get("/admin").session(admin))
                .andExpect(content().string(containsString("href=\"/admin/divisions\"")));
        mvc.perform(get("/admin/divisions").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"division-540422\"")))
                .andExpect(content().string(containsString("Milin County")));
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRowInBothLanguages() throws Exception {
        String csv = "code,name,parent\n659061,测试市,659000\n659062,测试二市,649000\n";
        mvc.perform(upload("divisions.csv", csv))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Administrative divisions")))
                .andExpect(content().string(containsString("Row 2: The code 659062 does not belong under 649000")))
                .andExpect(content().string(containsString("divisions.csv")));
        mvc.perform(upload("divisions.csv", csv).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("第 2 行：代码 659062 不属于 649000")));
        assertThat(referenceData.divisions(List.of("659061"))).isEmpty();
        assertThat(events.stream(DivisionsImported.class)).isEmpty();

        mvc.perform(upload("divisions.csv", "code,name\n659061,测试市\n"))
                .andExpect(content().string(containsString("must be the header code,name,parent,nameEn,abolished")));
        mvc.perform(upload("divisions.csv", "code,name,parent\n65906,测试市,659000\n659061,,659000\n"))
                .andExpect(content().string(containsString("Row 1: The code 65906 is not six digits.")))
                .andExpect(content().string(containsString("Row 2: Enter the division&#39;s name.")));
    }

    @Test
    void anImportAddsADivisionAndALaterOneAbolishesItWhichKeepsItsNameButOffersItNoMore() throws Exception {
        mvc.perform(upload("new.csv", "code,name,parent,nameEn,abolished\n659061,测试市,659000,Ceshi City,\n"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/divisions"));
        assertThat(codes(referenceData.children(XINJIANG_CITIES))).contains("659061");
        assertThat(events.stream(DivisionsImported.class)).singleElement().satisfies(event -> {
            assertThat(event.added()).isEqualTo(1);
            assertThat(event.auditEntityId()).isEqualTo("659061");
        });

        mvc.perform(upload("abolish.csv", "code,name,parent,nameEn,abolished\n659061,测试市,659000,,2026-11-30\n"))
                .andExpect(status().isFound());
        mvc.perform(get("/admin/divisions").session(admin))
                .andExpect(content().string(containsString("id=\"division-659061\"")))
                .andExpect(content().string(containsString("2026-11-30")))
                .andExpect(content().string(containsString("Ceshi City")));
        assertThat(codes(referenceData.children(XINJIANG_CITIES))).doesNotContain("659061");
        assertThat(referenceData.divisions(List.of("659061")).get("659061").abolished())
                .isTrue();
        assertThat(referenceData.isRegionCode("659061")).isTrue();

        // a current division cannot be put under an abolished one
        mvc.perform(upload("child.csv", "code,name,parent\n659062,测试二市,659061\n"))
                .andExpect(content().string(containsString("Row 1: The parent 659061 is abolished")));
    }

    /**
     * The divisions are kept in memory: while nothing changed a read sends no division rows, and a
     * change written by another node (or psql) is seen at the next read, through the version the
     * tables' triggers move on (V131).
     */
    @Test
    void aDivisionChangedElsewhereIsSeenAtTheNextRead() {
        assertThat(referenceData.divisions(List.of("659061"))).isEmpty();
        StatementCounter.reset();
        try {
            assertThat(referenceData
                            .divisions(List.of("110105"))
                            .get("110105")
                            .name()
                            .chinese())
                    .isEqualTo("朝阳区");
            assertThat(codes(referenceData.children("110100"))).contains("110105");
            assertThat(StatementCounter.statements())
                    .as("only the versions, no division rows")
                    .allSatisfy(sql -> assertThat(sql).doesNotContain("administrative_division"));
        } finally {
            StatementCounter.stop();
        }

        jdbc.update("insert into administrative_division (code, level, parent_code, name_zh, name_en)"
                + " values ('659061', 'CITY', '659000', '测试市', 'Ceshi City')");
        assertThat(referenceData
                        .divisions(List.of("659061"))
                        .get("659061")
                        .name()
                        .english())
                .isEqualTo("Ceshi City");
        assertThat(codes(referenceData.children(XINJIANG_CITIES))).contains("659061");
        assertThat(codes(referenceData.divisionsOfProvince("650000"))).contains("659061");

        jdbc.update("update administrative_division set name_en = 'Ceshi' where code = '659061'");
        assertThat(referenceData
                        .divisions(List.of("659061"))
                        .get("659061")
                        .name()
                        .english())
                .isEqualTo("Ceshi");

        jdbc.update("delete from administrative_division where code = '659061'");
        assertThat(referenceData.divisions(List.of("659061"))).isEmpty();
        assertThat(codes(referenceData.children(XINJIANG_CITIES))).doesNotContain("659061");
        assertThat(referenceData.isRegionCode("659061")).isFalse();
    }

    /** The short reference lists likewise (version {@code reference_list}, V131). */
    @Test
    void aReferenceListChangedElsewhereIsSeenAtTheNextRead() {
        assertThat(referenceData.approvedSuffixes()).contains("cn").doesNotContain("testsfx");
        String firstName = referenceData.serviceTypes().get(0).name().english();
        String firstCode = referenceData.serviceTypes().get(0).code();
        try {
            jdbc.update(
                    "insert into approved_domain_suffix (suffix, unicode, created_at) values ('testsfx', 'testsfx', now())");
            jdbc.update("update service_type set name_en = 'Renamed elsewhere' where code = ?", firstCode);
            assertThat(referenceData.approvedSuffixes()).contains("cn", "testsfx");
            assertThat(referenceData.serviceTypes().get(0).name().english()).isEqualTo("Renamed elsewhere");
        } finally {
            jdbc.update("delete from approved_domain_suffix where suffix = 'testsfx'");
            jdbc.update("update service_type set name_en = ? where code = ?", firstName, firstCode);
        }
        assertThat(referenceData.approvedSuffixes()).doesNotContain("testsfx");
        assertThat(referenceData.serviceTypes().get(0).name().english()).isEqualTo(firstName);
    }

    @Test
    void regionCodesOfIdsAndCreditCodesAreCurrentOrFormerDivisions() {
        assertThat(referenceData.isRegionCode("110105")).as("current district").isTrue();
        assertThat(referenceData.isRegionCode("540422")).as("abolished, kept").isTrue();
        assertThat(referenceData.isRegionCode("110228"))
                .as("密云县, historic only")
                .isTrue();
        assertThat(referenceData.isRegionCode("120107"))
                .as("塘沽区, historic only")
                .isTrue();
        assertThat(referenceData.isRegionCode("320571"))
                .as("development zone under 苏州")
                .isTrue();
        assertThat(referenceData.isRegionCode("110101"))
                .as("市辖区 of early lists")
                .isTrue();
        assertThat(referenceData.isRegionCode("100000"))
                .as("national authority")
                .isTrue();
        assertThat(referenceData.isRegionCode("830000"))
                .as("Taiwan residents' permit")
                .isTrue();
        assertThat(referenceData.isRegionCode("119901"))
                .as("no prefecture 1199")
                .isFalse();
        assertThat(referenceData.isRegionCode("110150"))
                .as("no such district of Beijing")
                .isFalse();
        assertThat(referenceData.isRegionCode("66010")).isFalse();
    }

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(Division::code).toList();
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, String text) throws Exception {
        String html = mvc.perform(get("/admin/divisions").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher action = Pattern.compile(
                        "action=\"(/admin/divisions/import)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(action.find())
                .as("the import form, its CSRF token a hidden field and not in its URL")
                .isTrue();
        MockMultipartHttpServletRequestBuilder request = multipart(URI.create(HtmlUtils.htmlUnescape(action.group(1))));
        request.param("_csrf", HtmlUtils.htmlUnescape(action.group(2)));
        request.file(new MockMultipartFile(
                        "file", name, "application/octet-stream", text.getBytes(StandardCharsets.UTF_8)))
                .session(admin);
        return request;
    }
}
