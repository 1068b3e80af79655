package com.icpportal.demo;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.icpportal.account.web.LoginController;

/** Lists the demo accounts on the sign-in page while demo data is on. */
@ControllerAdvice(assignableTypes = LoginController.class)
class DemoLoginAdvice {

    private final DemoSettings settings;

    DemoLoginAdvice(DemoSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("demoAccounts")
    List<DemoAccount> demoAccounts() {
        return settings.enabled() ? DemoCatalogue.ACCOUNTS : List.of();
    }

    @ModelAttribute("demoPassword")
    String demoPassword() {
        return settings.enabled() ? DemoSettings.PASSWORD : null;
    }
}
