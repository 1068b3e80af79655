package com.icpportal.notification;

import java.time.Instant;
import java.util.List;

import com.icpportal.changeorder.Reason;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a notice's words are made of, stored as JSON beside its message key and worded only when
 * someone reads it (in the reader's language then): the order's reference, the deadline, a
 * returned order's reasons, or the number of orders an overdue digest counts.
 */
record NoticeArgs(String reference, Instant due, List<Reason> reasons, Integer count) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    NoticeArgs {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    static NoticeArgs about(String reference, Instant due, List<Reason> reasons) {
        return new NoticeArgs(reference, due, reasons, null);
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static NoticeArgs fromJson(String json) {
        return JSON.readValue(json, NoticeArgs.class);
    }
}
