package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestClock;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/**
 * An applicant with more filings and orders than a page: the home lists 20 subjects in ICP number
 * order and "Next page" the rest; "Your orders" 20 orders newest first, and orders started at the
 * same moment follow each other by id across the page break, none repeated or left out.
 */
@PortalTest
class ApplicantListPagingTest {

    private static final Pattern SUBJECT_SECTION = Pattern.compile("id=\"subject-([0-9a-f-]{36})\"");
    private static final Pattern ORDER_LINK = Pattern.compile("href=\"/orders/([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*after=[^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    OrderSteps steps;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHomeAndTheOrdersPageByKeyset() throws Exception {
        TestAccount applicant = testData.account("many", Role.APPLICANT);
        List<TestFiling> filings = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            filings.add(testData.beijingFiling(applicant, "分页公司" + i, TestData.uniqueDomain("page")));
        }
        // Every draft started at the same instant: the id decides their order.
        clock.setTo(Instant.parse("2026-03-02T02:00:00Z"));
        List<UUID> orders = new ArrayList<>();
        for (TestFiling filing : filings) {
            orders.add(steps.subjectChange(applicant, filing.id()).started());
        }
        MockHttpSession session = Sessions.signIn(mvc, applicant.username());

        List<String> home = html(session, "/filings");
        assertThat(found(SUBJECT_SECTION, home.get(0))).hasSize(20);
        String next = next(home.get(0));
        assertThat(next).startsWith("/filings?after=");
        String second = html(session, next).get(0);
        assertThat(found(SUBJECT_SECTION, second)).hasSize(3);
        assertThat(next(second)).isNull();
        List<String> shown = new ArrayList<>(found(SUBJECT_SECTION, home.get(0)));
        shown.addAll(found(SUBJECT_SECTION, second));
        assertThat(shown)
                .containsExactlyElementsOf(filings.stream()
                        .sorted(Comparator.comparing(TestFiling::icpNumber))
                        .map(filing -> filing.id().toString())
                        .toList());

        String firstOrders = html(session, "/orders").get(0);
        assertThat(found(ORDER_LINK, firstOrders)).hasSize(20);
        // The page's count would mislead: a paged list's headings carry none.
        assertThat(firstOrders).contains(">Open orders<").doesNotContain("20 open orders");
        String secondOrders = html(session, next(firstOrders)).get(0);
        assertThat(next(secondOrders)).isNull();
        List<String> listed = new ArrayList<>(found(ORDER_LINK, firstOrders));
        listed.addAll(found(ORDER_LINK, secondOrders));
        assertThat(listed)
                .containsExactlyElementsOf(orders.stream()
                        .map(UUID::toString) // PostgreSQL orders uuids as their hex text does
                        .sorted(Comparator.reverseOrder())
                        .toList());
    }

    private List<String> html(MockHttpSession session, String url) throws Exception {
        return List.of(mvc.perform(get(java.net.URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Set<String> found(Pattern pattern, String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String next(String html) {
        Matcher matcher = NEXT.matcher(html);
        while (matcher.find()) {
            if (!matcher.group(1).contains("lang=")) { // not a language switch of this page
                return matcher.group(1).replace("&amp;", "&");
            }
        }
        return null;
    }
}
