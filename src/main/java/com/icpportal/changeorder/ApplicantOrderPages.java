package com.icpportal.changeorder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controllers of the applicant's order pages, so that other modules can add to those
 * pages ({@code @ControllerAdvice(annotations = ApplicantOrderPages.class)}) without knowing the
 * controllers, which are internal: the authority module adds the simulated administration's link.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApplicantOrderPages {}
