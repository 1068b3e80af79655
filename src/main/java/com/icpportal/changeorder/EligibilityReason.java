package com.icpportal.changeorder;

import java.util.Arrays;
import java.util.List;

/**
 * Why a change cannot start, as a message key with its arguments, so that the page can say it in
 * the user's language (instead of hiding the button, as providers' consoles do).
 */
public record EligibilityReason(Kind kind, String messageKey, List<Object> arguments) {

    public enum Kind {
        /** An open change order on this subject; the first argument is its reference. */
        OPEN_ORDER,
        /** An order of another type in process in the provider's main system. */
        OTHER_ORDER_IN_PROCESS,
        /** The province does not permit this change: cancel and file anew. */
        PROVINCE_FORBIDS,
        /** The subject's city does not permit this change: cancel and file anew. */
        CITY_FORBIDS,
        /** The filing (or the website) is cancelled. */
        CANCELLED
    }

    public EligibilityReason(Kind kind, String messageKey, Object... arguments) {
        this(kind, messageKey, Arrays.asList(arguments));
    }

    public EligibilityReason {
        arguments = List.copyOf(arguments);
    }
}
