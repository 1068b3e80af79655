package com.icpportal.account.web;

import java.util.List;

import com.icpportal.account.Role;

/** What the admin's account pages share. */
final class AccountPages {

    static final String BASE = "/admin/accounts";
    static final List<String> LANGUAGES = List.of("en", "zh-CN");
    static final List<Role> ROLES = List.of(Role.APPLICANT, Role.REVIEWER, Role.ADMIN);

    private AccountPages() {}
}
