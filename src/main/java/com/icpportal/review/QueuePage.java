package com.icpportal.review;

import java.util.List;

/** A page of the queue and whether another follows. */
public record QueuePage(List<QueueRow> rows, boolean hasNext) {}
