package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.province.Provinces;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;

/**
 * A value of the wrong type on a staff form: a message at the field in the user's language, never
 * a Java class name; a version that is not a number is a bad request, not version 0.
 */
@PortalTest
class BindingErrorsTest {

    private static final String TYPE_MISMATCH = "This value is not of the right kind";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    Accounts accounts;

    @Autowired
    Provinces provinces;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.signIn(
                mvc, testData.account("binding-admin", Role.ADMIN).username());
    }

    @Test
    void anUnknownRoleIsAFieldMessageWithoutClassNames() throws Exception {
        TestAccount reviewer = testData.account("binding-reviewer", Role.REVIEWER);
        long version = accounts.findById(reviewer.id()).orElseThrow().version();
        MvcResult result = mvc.perform(post("/admin/accounts/{id}/roles", reviewer.id())
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("roles", "EMPEROR"))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains(TYPE_MISMATCH).doesNotContain("java.util").doesNotContain("com.icpportal");
        assertThat(accounts.findById(reviewer.id()).orElseThrow().roles()).containsExactly(Role.REVIEWER);

        String chinese = mvc.perform(post("/admin/accounts/{id}/roles", reviewer.id())
                        .session(admin)
                        .with(csrf())
                        .param("lang", "zh-CN")
                        .param("version", String.valueOf(version))
                        .param("roles", "EMPEROR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("此处的值类型不对").doesNotContain("java.util");
    }

    @Test
    void anUnknownChoiceOnTheProvinceRulesIsAFieldMessage() throws Exception {
        var rules = provinces.get("420000");
        String html = mvc.perform(post("/admin/provinces/420000")
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(rules.version()))
                        .param("verificationChannel", "CARRIER_PIGEON")
                        .param("subjectChangeAllowed", "perhaps"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains(TYPE_MISMATCH).doesNotContain("java.lang").doesNotContain("com.icpportal");
        assertThat(provinces.get("420000").version()).isEqualTo(rules.version());
    }

    @Test
    void aVersionThatIsNotANumberIsABadRequest() throws Exception {
        TestAccount reviewer = testData.account("binding-version", Role.REVIEWER);
        MvcResult result = mvc.perform(post("/admin/accounts/{id}/roles", reviewer.id())
                        .session(admin)
                        .with(csrf())
                        .param("version", "x")
                        .param("roles", "REVIEWER", "ADMIN"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("This request could not be completed");
        assertThat(accounts.findById(reviewer.id()).orElseThrow().roles()).containsExactly(Role.REVIEWER);
    }
}
