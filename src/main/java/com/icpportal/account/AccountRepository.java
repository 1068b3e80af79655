package com.icpportal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, UUID> {

    Account save(Account account);

    /** Writes pending changes out, so that plain SQL sees an account saved in this transaction. */
    void flush();

    Account saveAndFlush(Account account);

    Optional<Account> findById(UUID id);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    /** With their roles in the same statement (one query, not one more per account). */
    @Query(
            "select distinct a from Account a left join fetch a.roles where a.id in (select s.id from Account s join s.roles r where r = :role) order by a.username")
    List<Account> findByRole(Role role);

    /** Accounts whose username, name or email contains the text (lower case, LIKE wildcards escaped). */
    @Query("""
            select a from Account a
             where lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\'
                or lower(a.email) like :pattern escape '\\'
             order by lower(a.username)""")
    List<Account> search(String pattern, Limit limit);

    @Query("select a from Account a order by lower(a.username)")
    List<Account> findAllOrdered(Limit limit);

    @Query(
            "select count(distinct a) from Account a join a.roles r where r = com.icpportal.account.Role.ADMIN and a.enabled = true")
    long countEnabledAdmins();

    /** Serialises changes that could leave the portal without an enabled admin (held until the transaction ends). */
    @Query(value = "select pg_advisory_xact_lock(4242017)", nativeQuery = true)
    Object lockAdminChanges();
}
