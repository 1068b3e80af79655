package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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
                Arguments.of("0086 13812345678", "13812345678"),
                Arguments.of("008613812345678", "13812345678"),
                Arguments.of("0086-138-1234-5678", "13812345678"),
                Arguments.of("１３８１２３４５６７８", "13812345678"),
                Arguments.of("＋８６ １３８１２３４５６７８", "13812345678"),
                Arguments.of("14512345678", "14512345678"),
                Arguments.of("14712345678", "14712345678"),
                Arguments.of("16612345678", "16612345678"),
                Arguments.of("17012345678", "17012345678"),
                Arguments.of("17400012345", "17400012345"),
                Arguments.of("19212345678", "19212345678"),
                Arguments.of("19912345678", "19912345678"));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.mobileNumber.empty"),
                Arguments.of("", "value.mobileNumber.empty"),
                Arguments.of(" ", "value.mobileNumber.empty"),
                Arguments.of("12812345678", "value.mobileNumber.unassigned"),
                Arguments.of("10012345678", "value.mobileNumber.unassigned"),
                Arguments.of("14012345678", "value.mobileNumber.unassigned"),
                Arguments.of("14412345678", "value.mobileNumber.unassigned"),
                Arguments.of("15412345678", "value.mobileNumber.unassigned"),
                Arguments.of("16012345678", "value.mobileNumber.unassigned"),
                Arguments.of("16312345678", "value.mobileNumber.unassigned"),
                Arguments.of("16412345678", "value.mobileNumber.unassigned"),
                Arguments.of("16812345678", "value.mobileNumber.unassigned"),
                Arguments.of("16912345678", "value.mobileNumber.unassigned"),
                Arguments.of("17912345678", "value.mobileNumber.unassigned"),
                Arguments.of("19412345678", "value.mobileNumber.unassigned"),
                Arguments.of("17412345678", "value.mobileNumber.unassigned"),
                Arguments.of("+86 140 1234 5678", "value.mobileNumber.unassigned"),
                Arguments.of("14612345678", "value.mobileNumber.dataOnly"),
                Arguments.of("14812345678", "value.mobileNumber.dataOnly"),
                Arguments.of("14912345678", "value.mobileNumber.dataOnly"),
                Arguments.of("+852 9123 4567", "value.mobileNumber.notMainland"),
                Arguments.of("+13812345678", "value.mobileNumber.notMainland"),
                Arguments.of("010-12345678", "value.mobileNumber.landline"),
                Arguments.of("0755-8765-4321", "value.mobileNumber.landline"),
                Arguments.of("23812345678", "value.mobileNumber.format"),
                Arguments.of("1381234567", "value.mobileNumber.format"),
                Arguments.of("138123456789", "value.mobileNumber.format"),
                Arguments.of("+8513812345678", "value.mobileNumber.format"),
                Arguments.of("8513812345678", "value.mobileNumber.format"),
                Arguments.of("+86 1281234567", "value.mobileNumber.format"),
                Arguments.of("+86", "value.mobileNumber.format"),
                Arguments.of("138--1234-5678", "value.mobileNumber.format"),
                Arguments.of("-13812345678", "value.mobileNumber.format"),
                Arguments.of("13812345678-", "value.mobileNumber.format"),
                Arguments.of("138 1234 567a", "value.mobileNumber.format"),
                Arguments.of("(+86) 13812345678", "value.mobileNumber.format"),
                Arguments.of("138ABCD5678", "value.mobileNumber.format"),
                Arguments.of("13812345678 ext 12", "value.mobileNumber.format"));
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
    void problemsCarryWhatTheMessageShows() {
        assertThatThrownBy(() -> MobileNumber.parse("14612345678"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("146"));
        assertThatThrownBy(() -> MobileNumber.parse("+852 9123 4567"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("+852"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            18612345678 | 北京市          | 110000 | 北京市
            13812345678 | 江苏省连云港市   | 320000 | 江苏省
            +86 139 5123 4567 | 江苏省常州市   | 320000 | 江苏省
            13900001234 | 新疆乌鲁木齐市 | 650000 | 新疆维吾尔自治区
            17012345678 | 中国            | -      | -
            19212345678 | 中国            | -      | -
            """)
    void knowsWhereANumberIsRegistered(String input, String description, String code, String province) {
        MobileLocation location = MobileNumber.parse(input).location();
        assertThat(location.description()).isEqualTo(description);
        assertThat(location.provinceCode()).isEqualTo(java.util.Optional.ofNullable(code));
        assertThat(location.provinceName()).isEqualTo(java.util.Optional.ofNullable(province));
        assertThat(location.isKnown()).isEqualTo(code != null);
    }

    @Test
    void knowsTheProvinceOfAutonomousRegionsWrittenShort() {
        // The geocoder writes 广西南宁市, 内蒙古..., 新疆...: the province is still found.
        assertThat(ProvinceLevel.byPlaceName("广西南宁市")).contains(ProvinceLevel.GUANGXI);
        assertThat(ProvinceLevel.byPlaceName("内蒙古呼和浩特市")).contains(ProvinceLevel.INNER_MONGOLIA);
        assertThat(ProvinceLevel.byPlaceName("新疆乌鲁木齐市")).contains(ProvinceLevel.XINJIANG);
        assertThat(ProvinceLevel.byPlaceName("中国")).isEmpty();
        assertThat(ProvinceLevel.byPlaceName("")).isEmpty();
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
