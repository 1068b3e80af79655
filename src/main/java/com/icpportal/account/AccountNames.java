package com.icpportal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of accounts for pages that show or offer people (the case page's holder and its
 * reassignment list): two columns read straight from the account table, not whole accounts with
 * their roles, which a page that only names people does not need (issue 20).
 */
@Service
public class AccountNames {

    private final JdbcClient jdbc;

    AccountNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts with this role, by username (as {@link Accounts#withRole} lists them). */
    @Transactional(readOnly = true)
    public List<AccountName> withRole(Role role) {
        return jdbc.sql("""
                        select a.id, a.display_name from account a
                         where exists (select 1 from account_role r where r.account_id = a.id and r.role = ?)
                         order by a.username""")
                .param(role.name())
                .query((rs, row) -> new AccountName(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** The display name of an account; empty when there is no such account. */
    @Transactional(readOnly = true)
    public Optional<String> displayName(UUID id) {
        return jdbc.sql("select display_name from account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }
}
