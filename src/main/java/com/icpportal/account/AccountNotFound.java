package com.icpportal.account;

import java.util.UUID;

import com.icpportal.shared.NotFoundException;

/** No account has this id: the page answers 404. */
public class AccountNotFound extends NotFoundException {

    AccountNotFound(UUID id) {
        super("account " + id);
    }
}
