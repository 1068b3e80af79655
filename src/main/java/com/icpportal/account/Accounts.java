package com.icpportal.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.Languages;
import com.icpportal.web.LanguageChosen;

/**
 * The accounts: opening them (by an admin, with a one-time link to set the password), their roles,
 * disabling and enabling them, passwords, and each user's language. Every change publishes an
 * {@link com.icpportal.shared.AuditedEvent} in its transaction.
 */
@Service
public class Accounts {

    /** The most accounts a search lists. */
    public static final int SEARCH_LIMIT = 100;

    static final String LINK_PATH = "/account/set-password/";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final PasswordSetLinks links;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            PasswordSetLinks links,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.links = links;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an account with a password already chosen (demo data, tests) and returns its id. */
    @Transactional
    public UUID create(NewAccount request) {
        Account account = new Account(
                request.username().trim(),
                request.displayName(),
                request.email(),
                passwordEncoder.encode(request.rawPassword()),
                request.roles(),
                clock.instant());
        if (request.preferredLocale() != null) {
            account.preferLocale(request.preferredLocale());
        }
        return accounts.save(account).id();
    }

    /**
     * An admin opens an account without a password and gets the one-time link that sets it.
     *
     * @param baseUrl the portal's address the link starts with, e.g. {@code https://icp.example.cn}
     * @throws AccountChangeRefused {@code account.username.taken}, or a rule about the roles
     */
    @Transactional
    public IssuedLink open(StaffAccount request, UUID actorId, String baseUrl) {
        checkRoles(request.roles());
        String username = request.username().strip();
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountChangeRefused("account.username.taken");
        }
        Account account = new Account(
                username,
                request.displayName().strip(),
                request.email().strip(),
                null,
                request.roles(),
                clock.instant());
        if (request.preferredLocale() != null) {
            account.preferLocale(request.preferredLocale());
        }
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException sameUsernameMeanwhile) {
            throw new AccountChangeRefused("account.username.taken");
        }
        events.publishEvent(new AccountCreated(account.id(), account.username(), account.roles(), actorId));
        return issueLink(account, actorId, baseUrl);
    }

    /** A new one-time link for the account (its older unused links stop working). */
    @Transactional
    public IssuedLink resetPassword(UUID actorId, UUID accountId, String baseUrl) {
        return issueLink(load(accountId), actorId, baseUrl);
    }

    private IssuedLink issueLink(Account account, UUID actorId, String baseUrl) {
        PasswordSetLinks.Issued issued = links.issue(account.id(), actorId);
        String url = baseUrl + LINK_PATH + issued.token();
        events.publishEvent(new PasswordSetLinkIssued(
                account.id(),
                account.email(),
                account.displayName(),
                url,
                issued.expiresAt(),
                account.preferredLocale(),
                actorId));
        return new IssuedLink(account.id(), url, issued.expiresAt());
    }

    /**
     * Gives the account these roles; its open sessions end, so that the new roles apply at once. An admin
     * cannot take away their own admin role, and the last enabled admin keeps theirs.
     */
    @Transactional
    public void changeRoles(UUID actorId, UUID accountId, long version, Set<Role> roles) {
        checkRoles(roles);
        accounts.lockAdminChanges();
        Account account = loadAt(accountId, version);
        Set<Role> before = account.roles();
        if (before.equals(roles)) {
            return;
        }
        if (account.isAdmin() && !roles.contains(Role.ADMIN)) {
            if (accountId.equals(actorId)) {
                throw new AccountChangeRefused("account.roles.ownAdmin");
            }
            if (account.enabled() && accounts.countEnabledAdmins() <= 1) {
                throw new AccountChangeRefused("account.roles.lastAdmin");
            }
        }
        account.changeRoles(roles);
        events.publishEvent(new RolesChanged(accountId, before, Set.copyOf(roles), actorId));
    }

    /** Disables the account: it cannot sign in, and its open sessions end at their next request. */
    @Transactional
    public void disable(UUID actorId, UUID accountId, long version) {
        if (accountId.equals(actorId)) {
            throw new AccountChangeRefused("account.disable.self");
        }
        accounts.lockAdminChanges();
        Account account = loadAt(accountId, version);
        if (!account.enabled()) {
            return;
        }
        if (account.isAdmin() && accounts.countEnabledAdmins() <= 1) {
            throw new AccountChangeRefused("account.disable.lastAdmin");
        }
        account.disable();
        events.publishEvent(new AccountDisabled(accountId, actorId));
    }

    @Transactional
    public void enable(UUID actorId, UUID accountId, long version) {
        Account account = loadAt(accountId, version);
        if (account.enabled()) {
            return;
        }
        account.enable();
        events.publishEvent(new AccountEnabled(accountId, actorId));
    }

    /** Whom a one-time link lets set a password, while it is unused and unexpired. */
    @Transactional(readOnly = true)
    public Optional<PasswordLinkHolder> linkHolder(String token) {
        return links.accountOf(token)
                .flatMap(accounts::findById)
                .map(account -> new PasswordLinkHolder(account.username(), account.displayName()));
    }

    /** Sets the password through a one-time link, using the link up only when the password is acceptable. */
    @Transactional
    public PasswordOutcome setPasswordWithLink(String token, String newPassword) {
        Optional<Account> holder = links.accountOf(token).flatMap(accounts::findById);
        if (holder.isEmpty()) {
            return PasswordOutcome.of(PasswordOutcome.Status.LINK_INVALID);
        }
        Account account = holder.get();
        List<String> problems = problems(account, newPassword);
        if (!problems.isEmpty()) {
            return PasswordOutcome.rejected(problems);
        }
        if (links.consume(token).filter(account.id()::equals).isEmpty()) {
            return PasswordOutcome.of(PasswordOutcome.Status.LINK_INVALID);
        }
        account.setPassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordChanged(account.id(), true, null));
        return PasswordOutcome.done(account.sessionGeneration());
    }

    /**
     * The signed-in user changes their own password; their other sessions end. A wrong current password
     * counts as a failed sign-in for the account and the address, so a borrowed session cannot be used
     * to guess it faster than the sign-in page allows.
     *
     * @param address the request's source address
     */
    @Transactional
    public PasswordOutcome changePassword(UUID accountId, String currentPassword, String newPassword, String address) {
        Account account = load(accountId);
        Optional<java.time.Instant> retryAt = throttle.retryAt(account.username(), address);
        if (retryAt.isPresent()) {
            return PasswordOutcome.delayed(retryAt.get());
        }
        if (currentPassword == null
                || !account.hasPassword()
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throttle.recordFailure(account.username(), address);
            return PasswordOutcome.of(PasswordOutcome.Status.WRONG_CURRENT_PASSWORD);
        }
        List<String> problems = problems(account, newPassword);
        if (!problems.isEmpty()) {
            return PasswordOutcome.rejected(problems);
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            return PasswordOutcome.rejected(List.of("account.password.same"));
        }
        account.setPassword(passwordEncoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordChanged(account.id(), false, accountId));
        return PasswordOutcome.done(account.sessionGeneration());
    }

    private List<String> problems(Account account, String password) {
        return policy.problems(password, account.username(), account.displayName(), account.email());
    }

    /** Accounts whose username, name or email contains the text (all when it is blank), by username. */
    @Transactional(readOnly = true)
    public List<AccountView> search(String text) {
        Limit limit = Limit.of(SEARCH_LIMIT);
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Account> found = query.isEmpty()
                ? accounts.findAllOrdered(limit)
                : accounts.search(
                        "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit);
        return found.stream().map(Account::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findById(UUID id) {
        return accounts.findById(id).map(Account::view);
    }

    @Transactional(readOnly = true)
    public List<AccountView> withRole(Role role) {
        return accounts.findByRole(role).stream().map(Account::view).toList();
    }

    @EventListener
    @Transactional
    public void on(LanguageChosen event) {
        accounts.findByUsername(event.username())
                .ifPresent(account -> account.preferLocale(Languages.tag(event.locale())));
    }

    /** At least one role; an applicant is never staff too (they would review their own changes). */
    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountChangeRefused("account.roles.none");
        }
        if (roles.contains(Role.APPLICANT) && roles.size() > 1) {
            throw new AccountChangeRefused("account.roles.mixed");
        }
    }

    private Account load(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
    }

    private Account loadAt(UUID accountId, long version) {
        Account account = load(accountId);
        if (account.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
        }
        return account;
    }
}
