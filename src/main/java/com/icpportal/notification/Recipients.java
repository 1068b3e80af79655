package com.icpportal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.Role;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.filing.Principal;

/** Who receives a message, where, and in which language (the preference stored on the account). */
@Component
class Recipients {

    private final Accounts accounts;
    private final NotificationSettings settings;

    Recipients(Accounts accounts, NotificationSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    Optional<Person> account(UUID accountId) {
        return accountId == null
                ? Optional.empty()
                : accounts.findById(accountId).map(this::person);
    }

    List<Person> reviewers() {
        return accounts.withRole(Role.REVIEWER).stream()
                .filter(AccountView::enabled)
                .map(this::person)
                .toList();
    }

    /**
     * The mobile that receives an order's texts: the principal's, as the order proposes it (the
     * website's principal for a website change, else the subject's), so a corrected number counts.
     */
    static String mobile(ChangeOrderView order) {
        Principal principal = null;
        if (order.type() == ChangeType.WEBSITE_CHANGE && order.proposedWebsite() != null) {
            principal = order.proposedWebsite().principal();
        }
        if (principal == null && order.proposedSubject() != null) {
            principal = order.proposedSubject().principal();
        }
        return principal == null
                        || principal.mobile() == null
                        || principal.mobile().isBlank()
                ? null
                : principal.mobile();
    }

    Locale localeOf(String languageTag) {
        return languageTag == null || languageTag.isBlank()
                ? settings.defaultLocale()
                : Locale.forLanguageTag(languageTag);
    }

    private Person person(AccountView account) {
        return new Person(account.id(), account.displayName(), account.email(), localeOf(account.preferredLocale()));
    }

    record Person(UUID accountId, String name, String email, Locale locale) {}
}
