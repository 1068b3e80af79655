package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SocialCreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // Published example; by hand: weighted sum 1640, 1640 mod 31 = 28, 31 - 28 = 3.
    private static final String PUBLISHED_EXAMPLE = "91350100M000100Y43";

    /**
     * Appends the GB 32100 check character, derived differently from the production code: the weight of the
     * i-th character (from 0) is 3^i mod 31.
     */
    static String withCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static Stream<String> computedValid() {
        Stream<String> samples =
                Stream.of("91110108MA01ABCDE", "12100000400000624", "93440300MA5FXYRT1", "Y1440300000000000");
        // The 17th character's weight (28) is invertible mod 31, so this walks through all 31 check values, 0 included.
        Stream<String> allChecks = ALPHABET.chars().mapToObj(c -> "9111000010000000" + (char) c);
        return Stream.concat(samples, allChecks).map(SocialCreditCodeTest::withCheck);
    }

    static Stream<String> wrongCheck() {
        return Stream.of(PUBLISHED_EXAMPLE, withCheck("91110108MA01ABCDE"))
                .flatMap(code -> ALPHABET.chars()
                        .filter(c -> c != code.charAt(17))
                        .mapToObj(c -> code.substring(0, 17) + (char) c));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.socialCreditCode.empty"),
                Arguments.of("", "value.socialCreditCode.empty"),
                Arguments.of("  ", "value.socialCreditCode.empty"),
                Arguments.of("91350100M000100Y4", "value.socialCreditCode.format"),
                Arguments.of("91350100M000100Y431", "value.socialCreditCode.format"),
                Arguments.of("91350100I000100Y43", "value.socialCreditCode.format"),
                Arguments.of("91350100O000100Y43", "value.socialCreditCode.format"),
                Arguments.of("91350100S000100Y43", "value.socialCreditCode.format"),
                Arguments.of("91350100V000100Y43", "value.socialCreditCode.format"),
                Arguments.of("91350100Z000100Y43", "value.socialCreditCode.format"),
                Arguments.of("91350100m000100i43", "value.socialCreditCode.format"),
                Arguments.of("9135-0100M000100Y4", "value.socialCreditCode.format"),
                Arguments.of("91350100 M000100Y4", "value.socialCreditCode.format"),
                Arguments.of("91350100M000100号43", "value.socialCreditCode.format"),
                Arguments.of("91350100M000100Y44", "value.socialCreditCode.checksum"),
                Arguments.of("91350100N000100Y43", "value.socialCreditCode.checksum"),
                Arguments.of("93150100M000100Y43", "value.socialCreditCode.checksum"));
    }

    @Test
    void helperAgreesWithThePublishedExample() {
        assertThat(withCheck(PUBLISHED_EXAMPLE.substring(0, 17))).isEqualTo(PUBLISHED_EXAMPLE);
    }

    @Test
    void acceptsThePublishedExample() {
        SocialCreditCode code = SocialCreditCode.parse(PUBLISHED_EXAMPLE);
        assertThat(code).hasToString(PUBLISHED_EXAMPLE);
        assertThat(code.value()).isEqualTo(PUBLISHED_EXAMPLE);
        assertThat(code.masked()).isEqualTo("9135**********0Y43");
    }

    @Test
    void normalisesCaseAndSurroundingBlanks() {
        assertThat(SocialCreditCode.parse(" 91350100m000100y43\t"))
                .isEqualTo(SocialCreditCode.parse(PUBLISHED_EXAMPLE))
                .hasToString(PUBLISHED_EXAMPLE);
    }

    @ParameterizedTest
    @MethodSource("computedValid")
    void acceptsComputedCodes(String code) {
        assertThat(SocialCreditCode.parse(code)).hasToString(code);
        assertThat(SocialCreditCode.isValid(code.toLowerCase())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("wrongCheck")
    void rejectsEveryWrongCheckCharacter(String code) {
        assertRejected(code, "value.socialCreditCode.checksum");
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejects(String input, String key) {
        assertRejected(input, key);
    }

    private static void assertRejected(String input, String key) {
        assertThatThrownBy(() -> SocialCreditCode.parse(input))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(SocialCreditCode.isValid(input)).isFalse();
    }
}
