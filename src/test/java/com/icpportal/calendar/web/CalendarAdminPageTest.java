package com.icpportal.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import com.icpportal.calendar.CalendarEvents;
import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;

/** The calendar admin page against the real table: entries, field errors, imports and the December banner. */
@PortalTest
@RecordApplicationEvents
class CalendarAdminPageTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar workingCalendar;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.signIn(
                mvc, testData.account("calendar-admin", Role.ADMIN).username());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aJsonImportWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        String json = """
                {"year":2032,"days":[
                  {"name":"元旦","date":"2032-01-01","isOffDay":true},
                  {"name":"春节","date":"2032-02-11","isOffDay":true},
                  {"name":"春节","date":"2032-02-31","isOffDay":true},
                  {"name":"春节","date":"2032-02-12","isOffDay":true}
                ]}""";
        mvc.perform(upload(2032, "holidays-2032.json", json))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Working-day calendar 2032")))
                .andExpect(content().string(containsString("Row 3: &quot;2032-02-31&quot; is not a date")))
                .andExpect(content().string(containsString("holidays-2032.json")));
        assertThat(entriesIn(2032)).isZero();

        mvc.perform(upload(2032, "holidays-2032.json", json).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("第 3 行")));
        assertThat(events.stream(CalendarEvents.CalendarYearImported.class)).isEmpty();
    }

    @Test
    void aCsvImportWithAWrongKindNamesTheRowAndTheValue() throws Exception {
        String csv =
                "date,kind,name,notice\n2032-10-01,HOLIDAY,国庆节,https://www.gov.cn/notice\n2032-10-02,DAYOFF,国庆节,\n";
        mvc.perform(upload(2032, "calendar.csv", csv))
                .andExpect(content().string(containsString("Row 2: &quot;DAYOFF&quot; is not a kind of day")));
        assertThat(entriesIn(2032)).isZero();
    }

    @Test
    void aValidImportReplacesTheYearAndMovesAComputedDeadline() throws Exception {
        // Thursday 2 October 2031, 10:00 in Beijing: one working day later is Friday, until Friday is a holiday.
        Instant thursday = OffsetDateTime.of(2031, 10, 2, 10, 0, 0, 0, CHINA).toInstant();
        clock.setTo(thursday);
        signIn(); // years later: the session signed in on today's clock has expired
        assertThat(workingCalendar.deadline(clock.instant(), 1))
                .isEqualTo(OffsetDateTime.of(2031, 10, 3, 10, 0, 0, 0, CHINA).toInstant());

        String json = """
                {"year":2031,"days":[
                  {"name":"国庆节","date":"2031-10-01","isOffDay":true},
                  {"name":"国庆节","date":"2031-10-03","isOffDay":true},
                  {"name":"国庆节","date":"2031-10-11","isOffDay":false}
                ]}""";
        mvc.perform(upload(2031, "2031.json", json))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));

        assertThat(entriesIn(2031)).isEqualTo(3);
        assertThat(workingCalendar.deadline(clock.instant(), 1))
                .isEqualTo(OffsetDateTime.of(2031, 10, 6, 10, 0, 0, 0, CHINA).toInstant());
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2031, 10, 11))).isTrue();
        assertThat(events.stream(CalendarEvents.CalendarYearImported.class))
                .singleElement()
                .satisfies(event -> assertThat(event.imported()).isEqualTo(3));

        // a second import replaces the year: the deadline moves back
        mvc.perform(upload(2031, "2031.csv", "date,kind,name,notice\n2031-01-01,holiday,元旦,\n"))
                .andExpect(status().isFound());
        mvc.perform(get("/admin/calendar").param("year", "2031").session(admin))
                .andExpect(content().string(containsString("元旦")))
                .andExpect(content().string(not(containsString("国庆节"))));
        assertThat(workingCalendar.deadline(clock.instant(), 1))
                .isEqualTo(OffsetDateTime.of(2031, 10, 3, 10, 0, 0, 0, CHINA).toInstant());
    }

    @Test
    void addingShowsErrorsAtTheFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/calendar/days")
                        .param("year", "2033")
                        .session(admin)
                        .with(csrf())
                        .param("date", "2034-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", "")
                        .param("notice", "ftp://example.test/notice"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Working-day calendar 2033")))
                .andExpect(content().string(containsString("2034-01-01 is not in 2033")))
                .andExpect(content().string(containsString("Enter the name of the holiday")))
                .andExpect(content().string(containsString("Enter a web address starting with http://")))
                .andExpect(content().string(containsString("value=\"ftp://example.test/notice\"")));
        mvc.perform(post("/admin/calendar/days")
                        .param("year", "2033")
                        .session(admin)
                        .with(csrf())
                        .param("date", "2033-03-02")
                        .param("kind", "WORKDAY")
                        .param("name", "调休"))
                .andExpect(content().string(containsString("2033-03-02 is a weekday")));
        assertThat(entriesIn(2033)).isZero();
    }

    @Test
    void anEntryIsAddedOnceAndRemovedWithItsVersion() throws Exception {
        mvc.perform(post("/admin/calendar/days")
                        .param("year", "2033")
                        .session(admin)
                        .with(csrf())
                        .param("date", "2033-05-02")
                        .param("kind", "HOLIDAY")
                        .param("name", "劳动节")
                        .param("nameEn", "Labour Day")
                        .param("notice", "https://www.gov.cn/zhengce/2033.htm"))
                .andExpect(redirectedUrl("/admin/calendar?year=2033"));
        assertThat(jdbc.queryForMap(
                        "select kind, name_zh, name_en, notice_url from calendar_day where day = date '2033-05-02'"))
                .containsEntry("kind", "HOLIDAY")
                .containsEntry("name_zh", "劳动节")
                .containsEntry("notice_url", "https://www.gov.cn/zhengce/2033.htm");
        assertThat(events.stream(CalendarEvents.CalendarDayAdded.class)).hasSize(1);

        mvc.perform(post("/admin/calendar/days")
                        .param("year", "2033")
                        .session(admin)
                        .with(csrf())
                        .param("date", "2033-05-02")
                        .param("kind", "HOLIDAY")
                        .param("name", "劳动节"))
                .andExpect(content().string(containsString("2033-05-02 already has an entry")));

        // "Remove" on the list is a link to a confirmation, which removes nothing by itself.
        mvc.perform(get("/admin/calendar").param("year", "2033").session(admin))
                .andExpect(
                        content().string(containsString("href=\"/admin/calendar/days/2033-05-02/remove?version=0\"")));
        mvc.perform(get("/admin/calendar/days/2033-05-02/remove")
                        .param("version", "0")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Remove the calendar entry of 2033-05-02?")))
                .andExpect(content().string(containsString("Yes, remove the entry")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_day where day = date '2033-05-02'", Integer.class))
                .isOne();

        mvc.perform(post("/admin/calendar/days/2033-05-02/remove")
                        .param("version", "7")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/calendar/days/2033-05-02/remove")
                        .param("version", "0")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2033"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_day where day = date '2033-05-02'", Integer.class))
                .isZero();
        assertThat(events.stream(CalendarEvents.CalendarDayRemoved.class)).hasSize(1);
    }

    @Test
    void fromTheFirstOfDecemberAdminsAreToldWhileNextYearIsMissing() throws Exception {
        clock.setTo(OffsetDateTime.of(2039, 11, 30, 23, 30, 0, 0, CHINA).toInstant());
        signIn(); // years later: the session signed in on today's clock has expired
        mvc.perform(get("/admin/calendar").session(admin))
                .andExpect(content().string(containsString("Working-day calendar 2039")))
                .andExpect(content().string(not(containsString("calendar-banner"))));

        clock.setTo(OffsetDateTime.of(2039, 12, 1, 0, 30, 0, 0, CHINA).toInstant());
        signIn(); // an hour later: idle too long
        mvc.perform(get("/admin/calendar").session(admin))
                .andExpect(content().string(containsString("The calendar has no entries for 2040 yet")));

        jdbc.update("insert into calendar_day (day, kind, name_zh) values (date '2040-01-01', 'HOLIDAY', '元旦')");
        mvc.perform(get("/admin/calendar").session(admin))
                .andExpect(content().string(not(containsString("calendar-banner"))));
    }

    @Test
    void filesThatAreNotTextOrTooLargeAreRefusedAtTheField() throws Exception {
        mvc.perform(upload(2032, new MockMultipartFile("file", "x.json", "application/json", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 0, 1
                })))
                .andExpect(content().string(containsString("The file is not UTF-8 text")));
        mvc.perform(upload(2032, new MockMultipartFile("file", "big.csv", "text/csv", new byte[300 * 1024])))
                .andExpect(content().string(containsString("larger than 256 KB")));
        mvc.perform(upload(2032, "broken.json", "{\"year\":2032,\"days\":["))
                .andExpect(content().string(containsString("not valid JSON")));
        mvc.perform(upload(2032, "other.json", "{\"year\":2030,\"days\":[]}"))
                .andExpect(content().string(containsString("for the year 2030")));
    }

    @Test
    void reviewersCannotOpenTheCalendar() throws Exception {
        MockHttpSession reviewer = Sessions.signIn(
                mvc, testData.account("calendar-reviewer", Role.REVIEWER).username());
        mvc.perform(get("/admin/calendar").session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/days").session(reviewer).with(csrf()).param("date", "2033-01-01"))
                .andExpect(status().isForbidden());
    }

    private MockMultipartHttpServletRequestBuilder upload(int year, String name, String text) throws Exception {
        return upload(
                year,
                new MockMultipartFile("file", name, "application/octet-stream", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts to the import form's own action, with the CSRF token of its hidden field. */
    private MockMultipartHttpServletRequestBuilder upload(int year, MockMultipartFile file) throws Exception {
        String html = mvc.perform(get("/admin/calendar")
                        .param("year", String.valueOf(year))
                        .session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher action = Pattern.compile(
                        "action=\"(/admin/calendar/import\\?year=[0-9]+)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(action.find())
                .as("the import form, its CSRF token a hidden field and not in its URL")
                .isTrue();
        MockMultipartHttpServletRequestBuilder request = multipart(URI.create(HtmlUtils.htmlUnescape(action.group(1))));
        request.param("_csrf", HtmlUtils.htmlUnescape(action.group(2)));
        request.file(file).session(admin);
        return request;
    }

    private int entriesIn(int year) {
        return jdbc.queryForObject(
                "select count(*) from calendar_day where extract(year from day) = ?", Integer.class, year);
    }
}
