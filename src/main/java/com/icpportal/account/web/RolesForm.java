package com.icpportal.account.web;

import java.util.EnumSet;
import java.util.Set;

import com.icpportal.account.AccountView;
import com.icpportal.account.Role;

/** The roles of one account, with the version the admin saw. */
public class RolesForm {

    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private long version;

    static RolesForm from(AccountView account) {
        RolesForm form = new RolesForm();
        form.setRoles(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        form.setVersion(account.version());
        return form;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
