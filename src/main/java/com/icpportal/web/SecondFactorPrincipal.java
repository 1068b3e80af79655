package com.icpportal.web;

/**
 * Implemented by the signed-in principal: whether their sign-in needs a second factor (every
 * reviewer and admin; an applicant who enrolled one). Pages then need {@link #AUTHORITY} on the
 * authentication, added by the second-factor step.
 */
public interface SecondFactorPrincipal {

    /** The factor authority of a checked TOTP or recovery code (Spring Security's FactorGrantedAuthority). */
    String AUTHORITY = "FACTOR_TOTP";

    /** Where a sign-in without the second factor is sent: the code form, or the enrolment when there is none yet. */
    String PAGE = "/login/second-factor";

    boolean secondFactorRequired();
}
