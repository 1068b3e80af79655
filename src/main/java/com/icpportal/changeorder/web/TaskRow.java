package com.icpportal.changeorder.web;

import com.icpportal.changeorder.Section;

/**
 * A line of the task list: a section and its status in words.
 *
 * @param status NEEDS_ATTENTION, CHANGED or NOT_CHANGED (message key {@code order.task.status.*})
 */
public record TaskRow(Section section, String status) {}
