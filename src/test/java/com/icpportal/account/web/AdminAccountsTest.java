package com.icpportal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.account.AccountChangeRefused;
import com.icpportal.account.AccountDisabled;
import com.icpportal.account.AccountEnabled;
import com.icpportal.account.Accounts;
import com.icpportal.account.IssuedLink;
import com.icpportal.account.Role;
import com.icpportal.account.RolesChanged;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/** The admin's account pages: who reaches them, errors at the fields, and the rules about admins. */
@PortalTest
@RecordApplicationEvents
class AdminAccountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.TestAccount admin;
    MockHttpSession session;

    @BeforeEach
    void signInAsAdmin() throws Exception {
        admin = testData.account("accounts-admin", Role.ADMIN);
        session = Sessions.signIn(mvc, admin.username());
    }

    @Test
    void onlyAdminsReachTheAccountPages() throws Exception {
        TestData.TestAccount reviewer = testData.account("no-accounts", Role.REVIEWER);
        TestData.TestAccount applicant = testData.account("no-accounts", Role.APPLICANT);
        for (TestData.TestAccount outsider : new TestData.TestAccount[] {reviewer, applicant}) {
            MockHttpSession theirs = Sessions.signIn(mvc, outsider.username());
            mvc.perform(get("/admin/accounts").session(theirs)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/" + admin.id()).session(theirs)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + admin.id() + "/disable")
                            .param("version", "0")
                            .session(theirs)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/accounts/" + UUID.randomUUID()).session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminFindsAccountsByPartOfTheirNameOrEmail() throws Exception {
        TestData.TestAccount findable = testData.account("findable_x", Role.REVIEWER);
        mvc.perform(get("/admin/accounts")
                        .param("q", findable.username().toUpperCase())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(findable.username())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/admin/accounts/" + admin.id()))));
        mvc.perform(get("/admin/accounts").param("q", "@example.test").session(session))
                .andExpect(content().string(Matchers.containsString("Accounts by username")));
        // LIKE wildcards are text: "_" matches only an underscore
        mvc.perform(get("/admin/accounts").param("q", "findable_").session(session))
                .andExpect(content().string(Matchers.containsString(findable.username())));
        mvc.perform(get("/admin/accounts").param("q", "%%%none%%%").session(session))
                .andExpect(content().string(Matchers.containsString("No account matches")));
    }

    @Test
    void anEmptyFormShowsEachProblemAtItsFieldInEnglish() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .session(session)
                        .with(csrf())
                        .param("username", "a b")
                        .param("displayName", "")
                        .param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Error: Open an account")))
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("id=\"username-error\"")))
                .andExpect(content().string(Matchers.containsString("Use 3 to 64 letters")))
                .andExpect(content().string(Matchers.containsString("Enter the person&#39;s name.")))
                .andExpect(content().string(Matchers.containsString("id=\"email-error\"")))
                .andExpect(content().string(Matchers.containsString("Choose at least one role.")))
                .andExpect(content().string(Matchers.containsString("value=\"not-an-email\"")));
    }

    @Test
    void theSameProblemsInChinese() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .param("lang", "zh-CN")
                        .session(session)
                        .with(csrf())
                        .param("username", "")
                        .param("displayName", "王")
                        .param("email", "wang@example.test")
                        .param("roles", "APPLICANT", "REVIEWER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请输入用户名。")))
                .andExpect(content().string(Matchers.containsString("value=\"王\"")));
        mvc.perform(post("/admin/accounts")
                        .param("lang", "zh-CN")
                        .session(session)
                        .with(csrf())
                        .param("username", "wang-" + System.nanoTime())
                        .param("displayName", "王")
                        .param("email", "wang@example.test")
                        .param("roles", "APPLICANT", "REVIEWER"))
                .andExpect(content().string(Matchers.containsString("申请人不能同时是审核员或管理员")));
    }

    @Test
    void anAdminOpensAnAccountAndSeesItsOneTimeLinkOnce() throws Exception {
        String username = "opened-" + System.nanoTime();
        MvcResult created = mvc.perform(post("/admin/accounts")
                        .session(session)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "New Reviewer")
                        .param("email", username + "@example.test")
                        .param("preferredLocale", "en")
                        .param("roles", "REVIEWER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("issuedLink"))
                .andReturn();
        IssuedLink link = (IssuedLink) created.getFlashMap().get("issuedLink");
        assertThat(link.url()).startsWith("http://localhost/account/set-password/");
        mvc.perform(get(created.getResponse().getRedirectedUrl()).session(session))
                .andExpect(content().string(Matchers.containsString(link.url())))
                .andExpect(content().string(Matchers.containsString("The account has been opened")))
                .andExpect(content().string(Matchers.containsString("It works once, until 20")));
        mvc.perform(get(created.getResponse().getRedirectedUrl()).session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString(link.url()))));

        // the same username again, in any case, is refused at its field
        mvc.perform(post("/admin/accounts")
                        .session(session)
                        .with(csrf())
                        .param("username", username.toUpperCase())
                        .param("displayName", "Twin")
                        .param("email", "twin@example.test")
                        .param("roles", "REVIEWER"))
                .andExpect(content().string(Matchers.containsString("Another account already has this username")));
    }

    @Test
    void rolesChangeAndAStaleFormIsNotSavedSilently() throws Exception {
        TestData.TestAccount reviewer = testData.account("promoted", Role.REVIEWER);
        MockHttpSession reviewersSession = Sessions.signIn(mvc, reviewer.username());
        long version = accounts.findById(reviewer.id()).orElseThrow().version();
        mvc.perform(post("/admin/accounts/" + reviewer.id() + "/roles")
                        .session(session)
                        .with(csrf())
                        .param("roles", "REVIEWER", "ADMIN")
                        .param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(reviewer.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
        // the session holding the old roles ends; signing in again brings the new ones
        mvc.perform(get("/review").session(reviewersSession)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/admin/accounts").session(Sessions.signIn(mvc, reviewer.username())))
                .andExpect(status().isOk());
        assertThat(events.stream(RolesChanged.class)
                        .filter(event -> event.accountId().equals(reviewer.id())))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.auditActorId()).isEqualTo(admin.id());
                    assertThat(event.auditDetail()).isEqualTo("[REVIEWER] -> [REVIEWER,ADMIN]");
                });

        mvc.perform(post("/admin/accounts/" + reviewer.id() + "/roles")
                        .session(session)
                        .with(csrf())
                        .param("roles", "REVIEWER")
                        .param("version", Long.toString(version)))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/accounts/" + reviewer.id() + "/roles")
                        .session(session)
                        .with(csrf())
                        .param(
                                "version",
                                Long.toString(accounts.findById(reviewer.id())
                                        .orElseThrow()
                                        .version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose at least one role.")));
    }

    @Test
    void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
        long version = accounts.findById(admin.id()).orElseThrow().version();
        mvc.perform(post("/admin/accounts/" + admin.id() + "/disable")
                        .param("version", Long.toString(version))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Error: " + admin.username())))
                .andExpect(content().string(Matchers.containsString("You cannot disable your own account")));
        mvc.perform(post("/admin/accounts/" + admin.id() + "/roles")
                        .param("version", Long.toString(version))
                        .param("roles", "REVIEWER")
                        .session(session)
                        .with(csrf()))
                .andExpect(
                        content().string(Matchers.containsString("You cannot take away your own administrator role")));
        assertThat(accounts.findById(admin.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void disablingAndEnablingAreRecorded() throws Exception {
        TestData.TestAccount reviewer = testData.account("toggled", Role.REVIEWER);
        long version = accounts.findById(reviewer.id()).orElseThrow().version();
        mvc.perform(post("/admin/accounts/" + reviewer.id() + "/disable")
                        .param("version", Long.toString(version))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/accounts/" + reviewer.id()).session(session))
                .andExpect(content().string(Matchers.containsString("Enable the account")));
        version = accounts.findById(reviewer.id()).orElseThrow().version();
        mvc.perform(post("/admin/accounts/" + reviewer.id() + "/enable")
                        .param("version", Long.toString(version))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(AccountDisabled.class)
                        .filter(event -> event.accountId().equals(reviewer.id())))
                .hasSize(1);
        assertThat(events.stream(AccountEnabled.class)
                        .filter(event -> event.accountId().equals(reviewer.id())))
                .hasSize(1);
    }

    /** Rolled back: for the length of this test every other admin is disabled, leaving the last one. */
    @Test
    @Transactional
    void theLastEnabledAdminKeepsTheRoleAndCannotBeDisabled() {
        TestData.TestAccount last = testData.account("last-admin", Role.ADMIN);
        jdbc.update("""
                update account set enabled = false where id <> ? and id in (select account_id from account_role where role = 'ADMIN')""", last.id());
        accounts.search(last.username()); // a query: Hibernate writes the new account out first
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, last.id());
        assertThatThrownBy(() -> accounts.disable(admin.id(), last.id(), version))
                .isInstanceOfSatisfying(
                        AccountChangeRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("account.disable.lastAdmin"));
        assertThatThrownBy(() -> accounts.changeRoles(admin.id(), last.id(), version, Set.of(Role.REVIEWER)))
                .isInstanceOfSatisfying(
                        AccountChangeRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("account.roles.lastAdmin"));
    }
}
