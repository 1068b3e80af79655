package com.icpportal.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.PortalUser;
import com.icpportal.shared.AuditedEvent;

/**
 * Writes the trail. Every {@link AuditedEvent} becomes one row, synchronously and in the
 * publisher's transaction: if the change rolls back, so does its row, and if the row cannot be
 * written, the change fails. Sign-ins happen outside any business transaction; they get their own.
 * Events anyone can cause without signing in (failed sign-ins, refused API calls) go through the
 * {@link AuditTally}: the first per key and window is a row at once, the rest a summary row later.
 */
@Component
class AuditRecorder {

    static final String LOGIN_SUCCEEDED = "login.succeeded";
    static final String LOGIN_FAILED = "login.failed";
    static final String ACCOUNT = "account";

    private final AuditTrail trail;
    private final AuditTally tally;
    private final Accounts accounts;
    private final Clock clock;
    private final TransactionTemplate joinOrBegin;
    private final TransactionTemplate ownTransaction;

    AuditRecorder(
            AuditTrail trail,
            AuditTally tally,
            Accounts accounts,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.trail = trail;
        this.tally = tally;
        this.accounts = accounts;
        this.clock = clock;
        this.joinOrBegin = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Not an {@code @ApplicationModuleListener}: the row must share the change's transaction. */
    @EventListener
    void on(AuditedEvent event) {
        if (event.anonymousSource() != null) {
            anonymous(event);
            return;
        }
        write(() -> trail.append(
                clock.instant(),
                event.auditActorId(),
                username(event.auditActorId()),
                event.auditKind(),
                event.auditEntity(),
                event.auditEntityId(),
                event.auditDetail(),
                requestAddress()));
    }

    /** Interactive sign-ins only (the login form): their details carry the source address. */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        UUID accountId = authentication.getPrincipal() instanceof PortalUser user ? user.id() : null;
        write(() -> trail.append(
                clock.instant(),
                accountId,
                authentication.getName(),
                LOGIN_SUCCEEDED,
                ACCOUNT,
                accountId == null ? authentication.getName() : accountId.toString(),
                null,
                details.getRemoteAddress()));
    }

    /**
     * A failed sign-in names no actor (nobody proved who they are) but keeps the username typed; the
     * entity is the account when that username exists, so that an account's trail shows attempts on it.
     */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt.getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        String typed = attempt.getName() == null || attempt.getName().isBlank()
                ? null
                : attempt.getName().strip();
        String address = details.getRemoteAddress();
        write(() -> {
            Optional<UUID> account = typed == null
                    ? Optional.empty()
                    : accounts.findByUsername(typed).map(AccountView::id);
            // Per account and address, or, for usernames that name no account (which an attacker can
            // invent without end), per address alone.
            String key =
                    account.map(id -> "account " + id + " from " + address).orElse("unknown username from " + address);
            String entityId = account.map(UUID::toString).orElse(typed);
            if (tally.count(new AuditTally.Occurrence(LOGIN_FAILED, key, typed, ACCOUNT, entityId, address))) {
                trail.append(
                        clock.instant(),
                        null,
                        typed,
                        LOGIN_FAILED,
                        ACCOUNT,
                        entityId,
                        reason(event.getException()),
                        address);
            }
        });
    }

    /** Events anyone can cause (refused API calls), per source address and window (see {@link AuditTally}). */
    private void anonymous(AuditedEvent event) {
        write(() -> {
            String key = "from " + event.anonymousSource();
            if (tally.count(new AuditTally.Occurrence(
                    event.auditKind(),
                    key,
                    null,
                    event.auditEntity(),
                    event.auditEntityId(),
                    event.anonymousSource()))) {
                trail.append(
                        clock.instant(),
                        null,
                        null,
                        event.auditKind(),
                        event.auditEntity(),
                        event.auditEntityId(),
                        event.auditDetail(),
                        requestAddress());
            }
        });
    }

    /**
     * Joins the caller's transaction; a read-only one (a download) cannot take an insert, so the row
     * gets a transaction of its own, as it does when there is none (sign-ins).
     */
    private void write(Runnable append) {
        boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        (readOnly ? ownTransaction : joinOrBegin).executeWithoutResult(status -> append.run());
    }

    /** The username now, kept with the row so that the trail still names the actor after the account changes. */
    private String username(UUID actorId) {
        return actorId == null
                ? null
                : accounts.findById(actorId).map(AccountView::username).orElse(null);
    }

    /** Where the request that caused the event came from; null outside a web request (scheduled jobs). */
    private static String requestAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** BadCredentialsException → BadCredentials, LockedException → Locked. */
    private static String reason(AuthenticationException exception) {
        String name = exception.getClass().getSimpleName();
        return name.endsWith("Exception") ? name.substring(0, name.length() - "Exception".length()) : name;
    }
}
