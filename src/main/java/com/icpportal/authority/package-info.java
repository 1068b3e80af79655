/**
 * The communications administration as the portal reaches it: the {@link AuthorityGateway} through
 * which staff submit an order, in two kinds chosen by {@code portal.authority.gateway}: manual (staff
 * record what they see in the administration's system) and simulated (for demos and tests: it texts
 * codes through the portal's SMS channel, serves its own verification page, and approves by itself
 * after a delay). Also the job that rejects orders whose 48 hours of SMS verification passed.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Authority",
        allowedDependencies = {"account", "calendar", "changeorder", "shared", "values", "web"})
package com.icpportal.authority;
