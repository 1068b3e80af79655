package com.icpportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.support.ModuleTest;

/** The account module alone: an account opened is found by its username, its password stored hashed. */
@ModuleTest
class AccountModuleTest {

    final Accounts accounts;
    final JdbcTemplate jdbc;

    AccountModuleTest(Accounts accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Test
    void anAccountOpenedIsFoundByItsUsername() {
        String username = "module-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.create(new NewAccount(
                username,
                "Module Test",
                username + "@example.test",
                "correct horse battery staple",
                Set.of(Role.REVIEWER),
                "zh-CN"));

        assertThat(accounts.findByUsername(username.toUpperCase())).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(id);
            assertThat(account.roles()).containsExactly(Role.REVIEWER);
            assertThat(account.preferredLocale()).isEqualTo("zh-CN");
        });
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, id))
                .doesNotContain("correct horse");
    }
}
