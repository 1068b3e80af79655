/** The sign-in page. Exposed so that other modules may decorate it (the demo accounts list). */
@org.springframework.modulith.NamedInterface("web")
package com.icpportal.account.web;
