package com.icpportal.account.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import com.icpportal.account.Role;
import com.icpportal.account.StaffAccount;

/** The admin's form for a new account. */
public class AccountForm {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String username;
    private String displayName;
    private String email;
    private String preferredLocale;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The cheap checks: each problem lands at its field. */
    void validate(Errors errors) {
        String name = strip(username);
        if (name.isEmpty()) {
            errors.rejectValue("username", "account.username.missing");
        } else if (!USERNAME.matcher(name).matches()) {
            errors.rejectValue("username", "account.username.invalid");
        }
        String display = strip(displayName);
        if (display.isEmpty()) {
            errors.rejectValue("displayName", "account.displayName.missing");
        } else if (display.length() > 128) {
            errors.rejectValue("displayName", "account.displayName.tooLong");
        }
        String mail = strip(email);
        if (mail.isEmpty()) {
            errors.rejectValue("email", "account.email.missing");
        } else if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            errors.rejectValue("email", "account.email.invalid");
        }
        if (preferredLocale != null
                && !preferredLocale.isEmpty()
                && !AccountPages.LANGUAGES.contains(preferredLocale)) {
            errors.rejectValue("preferredLocale", "account.language.invalid");
        }
        if (roles == null || roles.isEmpty()) {
            errors.rejectValue("roles", "account.roles.none");
        }
    }

    StaffAccount toRequest() {
        return new StaffAccount(
                strip(username),
                strip(displayName),
                strip(email),
                preferredLocale == null || preferredLocale.isEmpty() ? null : preferredLocale,
                Set.copyOf(roles));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
