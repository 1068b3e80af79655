package com.icpportal.province.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import com.icpportal.province.FieldProblem;

/** What the admin forms share: the service's problems placed at their fields. */
final class AdminForms {

    private AdminForms() {}

    /** Adds each problem at its field, skipping fields the form has already rejected. */
    static void bind(List<FieldProblem> problems, BindingResult result) {
        for (FieldProblem problem : problems) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(
                        problem.field(),
                        problem.messageKey(),
                        problem.arguments().toArray(),
                        null);
            }
        }
    }
}
