package com.icpportal.changeorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.Filings;
import com.icpportal.support.OrderSteps;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/**
 * A website change's pages: they name the website being changed (a subject may have several), and
 * its form says what is wrong in the GOV.UK pattern: a checkbox group in error carries the red bar
 * and is described by its message, the summary's link reaches the group's first box, and a text
 * field in error is described by its message.
 */
@PortalTest
class WebsiteChangePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

    @Autowired
    OrderSteps steps;

    WebClient parser;
    MockHttpSession session;
    FiledWebsite first;
    FiledWebsite second;
    UUID orderId;

    @BeforeEach
    void websiteChangeOfTheSecondWebsite() throws Exception {
        var applicant = testData.account("websites", Role.APPLICANT);
        var filing = testData.beijingFiling(
                applicant, "北京两站测试有限公司", TestData.uniqueDomain("first"), TestData.uniqueDomain("second"));
        var websites = filings.subject(filing.id()).websites();
        first = websites.get(0);
        second = websites.get(1);
        orderId = changeOrders.start(
                Actor.applicant(applicant.id()), filing.id(), ChangeType.WEBSITE_CHANGE, second.id());
        session = Sessions.signIn(mvc, applicant.username());
        // only parses the pages MockMvc returns: nothing to fetch, no script to run
        parser = new WebClient();
        parser.getOptions().setJavaScriptEnabled(false);
        parser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void close() {
        parser.close();
    }

    @Test
    void everyPageOfTheOrderNamesTheWebsiteBeingChanged() throws Exception {
        for (String page : new String[] {"", "/website", "/domains", "/documents", "/check"}) {
            HtmlPage html = page("/orders/" + orderId + page);
            DomElement named = html.getElementById("changed-website");
            assertThat(named).as("the website named on " + page).isNotNull();
            assertThat(named.asNormalizedText())
                    .contains(second.details().name(), second.domains().get(0))
                    .doesNotContain(first.domains().get(0));
        }
    }

    @Test
    void aGroupInErrorHasTheRedBarItsMessageAndASummaryLinkToItsFirstBox() throws Exception {
        String body = mvc.perform(post("/orders/{id}/website", orderId)
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(steps.version(orderId)))
                        .param("name", "")
                        .param("comment", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        HtmlPage html = parse(body);

        DomElement group = html.getElementById("serviceTypes");
        assertThat(group.getTagName()).isEqualTo("fieldset");
        assertThat(group.getAttribute("class")).contains("field--error");
        assertThat(group.getAttribute("aria-describedby").split(" "))
                .contains("serviceTypes-hint", "serviceTypes-error");
        assertThat(html.getElementById("serviceTypes-error").asNormalizedText()).isNotBlank();
        DomElement firstBox = html.getElementById("serviceTypes1");
        assertThat(firstBox.getAttribute("type")).isEqualTo("checkbox");
        assertThat(firstBox.getParentNode().getParentNode()).isSameAs(group);
        assertThat(html.querySelectorAll(".error-summary a").stream()
                        .map(link -> ((DomElement) link).getAttribute("href")))
                .contains("#serviceTypes1", "#name")
                .doesNotContain("#serviceTypes");

        DomElement name = html.getElementById("name");
        assertThat(name.getAttribute("aria-describedby").split(" ")).contains("name-error");
        assertThat(html.getElementById("name-error").asNormalizedText()).isNotBlank();
        assertThat(html.getElementById("comment")
                        .getAttribute("aria-describedby")
                        .split(" "))
                .contains("comment-hint");
    }

    private HtmlPage page(String path) throws Exception {
        return parse(mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private HtmlPage parse(String body) throws Exception {
        StringWebResponse response = new StringWebResponse(body, new java.net.URL("http://localhost/"));
        return (HtmlPage) parser.loadWebResponseInto(response, parser.getCurrentWindow());
    }
}
