package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MobileNumberTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("13812345678", "13812345678"),
                Arguments.of("  13812345678 ", "13812345678"),
                Arguments.of("+8613812345678", "13812345678"),
                Arguments.of("8613812345678", "13812345678"),
                Arguments.of("+86 138 1234 5678", "13812345678"),
                Arguments.of("+86-138-1234-5678", "13812345678"),
                Arguments.of("86 13812345678", "13812345678"),
                Arguments.of("138-1234-5678", "13812345678"),
                Arguments.of("138 1234 5678", "13812345678"),
                Arguments.of("14512345678", "14512345678"),
                Arguments.of("16612345678", "16612345678"),
                Arguments.of("19912345678", "19912345678"));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.mobileNumber.empty"),
                Arguments.of("", "value.mobileNumber.empty"),
                Arguments.of(" ", "value.mobileNumber.empty"),
                Arguments.of("12812345678", "value.mobileNumber.format"),
                Arguments.of("10012345678", "value.mobileNumber.format"),
                Arguments.of("23812345678", "value.mobileNumber.format"),
                Arguments.of("1381234567", "value.mobileNumber.format"),
                Arguments.of("138123456789", "value.mobileNumber.format"),
                Arguments.of("+13812345678", "value.mobileNumber.format"),
                Arguments.of("+8513812345678", "value.mobileNumber.format"),
                Arguments.of("8513812345678", "value.mobileNumber.format"),
                Arguments.of("+86 1281234567", "value.mobileNumber.format"),
                Arguments.of("+86", "value.mobileNumber.format"),
                Arguments.of("138--1234-5678", "value.mobileNumber.format"),
                Arguments.of("-13812345678", "value.mobileNumber.format"),
                Arguments.of("13812345678-", "value.mobileNumber.format"),
                Arguments.of("138 1234 567a", "value.mobileNumber.format"),
                Arguments.of("(+86) 13812345678", "value.mobileNumber.format"),
                Arguments.of("１３８１２３４５６７８", "value.mobileNumber.format"),
                Arguments.of("010-12345678", "value.mobileNumber.format"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsAndNormalises(String input, String canonical) {
        assertThat(MobileNumber.parse(input)).hasToString(canonical).isEqualTo(MobileNumber.parse(canonical));
        assertThat(MobileNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejects(String input, String key) {
        assertThatThrownBy(() -> MobileNumber.parse(input))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(MobileNumber.isValid(input)).isFalse();
    }

    @Test
    void masksTheMiddleDigits() {
        assertThat(MobileNumber.parse("+86 138 1234 5678").masked()).isEqualTo("138****5678");
    }

    @Test
    void keepsTheNumberOutOfTheDeveloperMessage() {
        assertThatThrownBy(() -> MobileNumber.parse("12812345678")).hasMessageNotContaining("12812345678");
    }
}
