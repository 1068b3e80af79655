package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.icpportal.account.Role;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/**
 * Every admin URL the application maps, found from the registered handler mappings rather than
 * listed by hand, refuses everyone but admins: a new admin page without protection fails here.
 * The domain registration records under {@code /review/domains} are for staff, never applicants.
 */
@PortalTest
class AdminMappingsSecurityTest {

    /** The admin console has at least this many handler methods; fewer means the scan found nothing real. */
    static final int MIN_ADMIN_ENDPOINTS = 15;

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockHttpSession applicant;
    MockHttpSession reviewer;

    @BeforeEach
    void signIn() throws Exception {
        applicant = Sessions.signIn(
                mvc, testData.account("mapping-applicant", Role.APPLICANT).username());
        reviewer = Sessions.signIn(
                mvc, testData.account("mapping-reviewer", Role.REVIEWER).username());
    }

    @Test
    void theScanFindsTheAdminConsole() {
        List<Endpoint> admin = endpoints(path -> path.equals("/admin") || path.startsWith("/admin/"));
        assertThat(admin).hasSizeGreaterThanOrEqualTo(MIN_ADMIN_ENDPOINTS);
        assertThat(admin)
                .extracting(Endpoint::pattern)
                .contains("/admin", "/admin/provinces/{code}", "/admin/suffixes");
    }

    @Test
    void everyAdminUrlSendsAnonymousVisitorsToSignInAndRefusesApplicantsAndReviewers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints(path -> path.equals("/admin") || path.startsWith("/admin/"))) {
            expectLogin(endpoint, failures);
            expectForbidden(endpoint, applicant, "applicant", failures);
            expectForbidden(endpoint, reviewer, "reviewer", failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyDomainRecordUrlRefusesApplicants() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint :
                endpoints(path -> path.equals("/review/domains") || path.startsWith("/review/domains/"))) {
            expectLogin(endpoint, failures);
            expectForbidden(endpoint, applicant, "applicant", failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theExpansionGivesConcreteUrls() {
        assertThat(new Endpoint("/admin/provinces/{code}/photo-sites/{id}", HttpMethod.POST).url())
                .matches("/admin/provinces/110000/photo-sites/[0-9a-f-]{36}");
        assertThat(new Endpoint("/admin/calendar/{year:\\d+}", HttpMethod.GET).url())
                .isEqualTo("/admin/calendar/2026");
    }

    private void expectLogin(Endpoint endpoint, List<String> failures) throws Exception {
        MvcResult result = mvc.perform(endpoint.request()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (result.getResponse().getStatus() != 302 || location == null || !location.endsWith("/login")) {
            failures.add("anonymous " + endpoint + " → " + result.getResponse().getStatus() + " " + location);
        }
    }

    private void expectForbidden(Endpoint endpoint, MockHttpSession session, String who, List<String> failures)
            throws Exception {
        int status = mvc.perform(endpoint.request().session(session))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 403) {
            failures.add(who + " " + endpoint + " → " + status);
        }
    }

    /** Every (pattern, method) pair whose pattern matches; a mapping without methods is tried with GET and POST. */
    private List<Endpoint> endpoints(java.util.function.Predicate<String> path) {
        Set<Endpoint> found = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> tried = methods.isEmpty()
                    ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().map(RequestMethod::asHttpMethod).toList();
            for (String pattern : info.getPatternValues()) {
                if (path.test(pattern)) {
                    tried.forEach(method -> found.add(new Endpoint(pattern, method)));
                }
            }
        }
        return List.copyOf(found);
    }

    record Endpoint(String pattern, HttpMethod method) {

        /** The pattern with each variable replaced by a plausible value (a UUID where nothing more specific fits). */
        String url() {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder url = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(url, Matcher.quoteReplacement(value(matcher.group(1))));
            }
            matcher.appendTail(url);
            return url.toString();
        }

        private static String value(String variable) {
            String name = variable.toLowerCase(java.util.Locale.ROOT);
            if (name.equals("code") || name.endsWith("provincecode")) {
                return "110000";
            }
            if (name.endsWith("citycode")) {
                return "110100";
            }
            if (name.equals("year")) {
                return "2026";
            }
            if (name.equals("suffix")) {
                return "com";
            }
            if (name.equals("domain")) {
                return "example.cn";
            }
            return UUID.randomUUID().toString();
        }

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, url());
            return method == HttpMethod.GET || method == HttpMethod.HEAD ? request : request.with(csrf());
        }

        @Override
        public String toString() {
            return method + " " + url();
        }
    }
}
