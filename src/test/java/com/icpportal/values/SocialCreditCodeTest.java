package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /**
     * Appends the GB 11714 check character to the eight body characters of an organisation code, from the standard's
     * formula: C9 = 11 - MOD(sum of Ci * Wi, 11) with W = 3, 7, 9, 10, 5, 8, 4, 2 and A to Z worth 10 to 35; 10 is X
     * and 11 is 0.
     */
    static String organisationCode(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * weights[i];
        }
        int check = 11 - sum % 11;
        return body + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
    }

    static Stream<String> computedValid() {
        Stream<String> samples = Stream.of(
                "91110108" + organisationCode("MA01ABCD"),
                "12100000" + organisationCode("40000062"),
                "93440300" + organisationCode("MA5FXYRT"),
                "Y1440300" + organisationCode("00000000"),
                // authorities assigned after GB 32100-2015 was published
                "N2330782" + organisationCode("MA2A1B3C"),
                "A1110000" + organisationCode("12345678"),
                "31110000" + organisationCode("E0000001"),
                "81440300" + organisationCode("MA5G0001"),
                // region 100000: authorities of the State Council
                "51100000" + organisationCode("50000924"));
        // Every organisation check value from 0 to X, body digits chosen by search.
        Stream<String> allOrganisationChecks = IntStream.range(0, 200)
                .mapToObj(n -> organisationCode(String.format("%08d", 1000 + n)))
                .collect(Collectors.toMap(code -> code.charAt(8), code -> code, (a, b) -> a))
                .values()
                .stream()
                .map(code -> "91350100" + code);
        return Stream.concat(samples, allOrganisationChecks).map(SocialCreditCodeTest::withCheck);
    }

    static Stream<String> wrongCheck() {
        return Stream.of(PUBLISHED_EXAMPLE, withCheck("91110108" + organisationCode("MA01ABCD")))
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
                Arguments.of("93150100M000100Y43", "value.socialCreditCode.checksum"),
                Arguments.of(withCheck("B1350100" + organisationCode("M000100Y")), "value.socialCreditCode.authority"),
                Arguments.of(withCheck("01350100" + organisationCode("M000100Y")), "value.socialCreditCode.authority"),
                Arguments.of(withCheck("94350100" + organisationCode("M000100Y")), "value.socialCreditCode.category"),
                Arguments.of(withCheck("Y2350100" + organisationCode("M000100Y")), "value.socialCreditCode.category"),
                Arguments.of(withCheck("N4350100" + organisationCode("M000100Y")), "value.socialCreditCode.category"),
                Arguments.of(withCheck("9A350100" + organisationCode("M000100Y")), "value.socialCreditCode.category"),
                // The example of the issue, with letters where the region code's digits go.
                Arguments.of("915D0502MAXLEEMT88", "value.socialCreditCode.regionLetters"),
                Arguments.of(
                        withCheck("91350A00" + organisationCode("M000100Y")), "value.socialCreditCode.regionLetters"),
                Arguments.of(withCheck("91660100" + organisationCode("M000100Y")), "value.socialCreditCode.region"),
                Arguments.of(withCheck("91000000" + organisationCode("M000100Y")), "value.socialCreditCode.region"),
                Arguments.of(withCheck("91101000" + organisationCode("M000100Y")), "value.socialCreditCode.region"),
                Arguments.of(withCheck("91350100M000100Y5"), "value.socialCreditCode.organisationCode"),
                Arguments.of(withCheck("91110108MA01ABCDE"), "value.socialCreditCode.organisationCode"));
    }

    @Test
    void helperAgreesWithThePublishedExample() {
        assertThat(withCheck(PUBLISHED_EXAMPLE.substring(0, 17))).isEqualTo(PUBLISHED_EXAMPLE);
        assertThat(organisationCode(PUBLISHED_EXAMPLE.substring(8, 16))).isEqualTo(PUBLISHED_EXAMPLE.substring(8, 17));
    }

    @Test
    void acceptsCodesAsIssued() {
        // Published on public pages: Tencent (Shenzhen), Alibaba (China), a national association.
        assertThat(SocialCreditCode.isValid("9144030071526726XG")).isTrue();
        assertThat(SocialCreditCode.isValid("91330100799655058B")).isTrue();
        assertThat(SocialCreditCode.isValid("51100000500009247D")).isTrue();
        assertThat(SocialCreditCode.parse("51100000500009247D").regionCode()).isEqualTo("100000");
    }

    @Test
    void problemsCarryWhatTheMessageShows() {
        assertThatThrownBy(() -> SocialCreditCode.parse("915D0502MAXLEEMT88"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("5D0502"));
        assertThatThrownBy(() -> SocialCreditCode.parse(withCheck("Y2350100" + organisationCode("M000100Y"))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("2", "Y"));
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
