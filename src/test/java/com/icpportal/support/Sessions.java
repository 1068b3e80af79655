package com.icpportal.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real login form, as a browser would, and hands back the session. */
public final class Sessions {

    private Sessions() {}

    /** Signs in with the password and, for an account with a second factor, its current code. */
    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        Optional<String> code = SecondFactorCodes.of(mvc.getDispatcherServlet().getWebApplicationContext())
                .code(username);
        if (code.isPresent()) {
            mvc.perform(post("/login/second-factor")
                            .session(session)
                            .with(csrf())
                            .param("code", code.get()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", not(containsString("second-factor"))));
        }
        return session;
    }
}
