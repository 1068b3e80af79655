package com.icpportal.review;

import java.util.List;

/** A deadline in words, as a message key with its arguments ("Overdue by 3 h", "Due today 17:30"). */
public record DueLabel(String messageKey, List<Object> arguments, boolean overdue) {}
