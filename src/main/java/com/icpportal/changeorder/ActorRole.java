package com.icpportal.changeorder;

/**
 * In which capacity someone acts on an order. AUTHORITY is the communications administration,
 * whose decisions reach the portal through its gateway (with the manual gateway, a staff member
 * records them on its behalf).
 */
public enum ActorRole {
    APPLICANT,
    REVIEWER,
    AUTHORITY
}
