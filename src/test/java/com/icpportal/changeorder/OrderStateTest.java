package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStateTest {

    @Test
    void anAppVerifiedOrderNamesItsVerificationStepsAsAppSteps() {
        assertThat(OrderState.VERIFICATION.messageKey(true)).isEqualTo("enum.OrderState.app.VERIFICATION");
        assertThat(OrderState.VERIFICATION_REVIEW.messageKey(true))
                .isEqualTo("enum.OrderState.app.VERIFICATION_REVIEW");
        assertThat(OrderState.VERIFICATION_REVIEW.messageKey(false)).isEqualTo("enum.OrderState.VERIFICATION_REVIEW");
        assertThat(OrderState.PROVIDER_REVIEW.messageKey(true)).isEqualTo("enum.OrderState.PROVIDER_REVIEW");
    }

    @Test
    void theTagColourRepeatsWhatTheWordsSay() {
        assertThat(OrderState.APPROVED.tagClass()).isEqualTo("tag--green");
        assertThat(OrderState.RETURNED.tagClass()).isEqualTo("tag--red");
        assertThat(OrderState.PROVIDER_REJECTED.tagClass()).isEqualTo("tag--red");
        assertThat(OrderState.WITHDRAWN.tagClass()).isEqualTo("tag--grey");
        assertThat(OrderState.PROVIDER_REVIEW.tagClass()).isEqualTo("tag--blue");
    }
}
