package com.icpportal.authority.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icpportal.support.PortalTest;

/**
 * The simulated administration's public code page takes at most ten entries per source address in
 * fifteen minutes; the eleventh is refused before any code is checked, and another address is not
 * affected.
 */
@PortalTest
class CodeEntryLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    com.icpportal.authority.AuthoritySettings settings;

    @org.junit.jupiter.api.BeforeEach
    void simulated() {
        settings.use(com.icpportal.authority.AuthoritySettings.SIMULATED);
    }

    @org.junit.jupiter.api.AfterEach
    void manual() {
        settings.use(com.icpportal.authority.AuthoritySettings.MANUAL);
    }

    @Test
    void theEleventhEntryFromOneAddressIsRefusedOthersAreNot() throws Exception {
        for (int i = 0; i < 10; i++) {
            enterFrom("203.0.113.7").andExpect(status().isOk());
        }
        enterFrom("203.0.113.7")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many codes were entered from your network")));
        enterFrom("203.0.113.8")
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Too many codes"))));
    }

    private org.springframework.test.web.servlet.ResultActions enterFrom(String address) throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return mvc.perform(post(SimulatedAdministrationController.PATH)
                .with(from)
                .with(csrf())
                .header("Accept-Language", "en")
                .param("reference", "CO-2026-999999")
                .param("mobile", "13812345678")
                .param("code", "123456"));
    }
}
