package com.icpportal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, UUID> {

    Account save(Account account);

    Optional<Account> findById(UUID id);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select a from Account a join a.roles r where r = :role order by a.username")
    List<Account> findByRole(Role role);
}
