package com.icpportal.account;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The portal's one authentication provider: checks the password against the account, but first asks
 * the throttle whether this username or source address must wait. A refusal during a delay is a
 * {@link LockedException} (Spring Security reports it as a "locked" failure) and is not counted.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final AccountRepository accounts;

    ThrottledAuthenticationProvider(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            DeviceCookies devices,
            SecondFactors secondFactors) {
        this.devices = devices;
        this.accounts = accounts;
        this.passwords =
                new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, secondFactors::enrolled));
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Disabled (or otherwise unusable) accounts are told apart only after the password check: checked
        // before it, they answered without hashing, and that speed said which usernames exist.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = throttleKey(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        java.util.Optional<String> device =
                username == null ? java.util.Optional.empty() : devices.knownDevice(currentRequest(), username);
        if (throttle.retryAt(username, address, device).isPresent()) {
            throw new LockedException("Too many failed sign-ins: wait before trying again");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username, address, device);
            return result;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(username, address, device);
            throw failure;
        }
    }

    private static jakarta.servlet.http.HttpServletRequest currentRequest() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /**
     * The account's own username when the typed one finds it, so that every spelling the sign-in
     * accepts counts against one account; otherwise what was typed. PostgreSQL's {@code lower()} and
     * Java's lower case differ (a dotted capital I finds "i" in the database but is "i̇" in Java), so
     * keying the count on the typed text let each such spelling start a fresh count.
     */
    private String throttleKey(String typed) {
        if (typed == null) {
            return null;
        }
        return accounts.findByUsername(typed.trim()).map(Account::username).orElse(typed);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
