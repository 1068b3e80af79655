package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentIdNumberTest {

    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    /**
     * Appends the GB 11643 check character, derived differently from the production code: the weight of the
     * character i places from the right (the check character being 1) is 2^(i-1) mod 11, and the check value is
     * (12 - sum mod 11) mod 11, written X when it is 10.
     */
    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }

    static Stream<String> computedValid() {
        Stream<String> samples = Stream.of(
                "11010519491231002",
                "44030419900101123",
                "32010620000229456",
                "51010719000101001",
                "65010220231130777",
                // Province-level codes only: the full address code is checked against the divisions elsewhere.
                "66010119900101123".replace("66", "81"),
                "82000019900101123",
                // Residence permits of Taiwan residents follow GB 11643 with the address code 830000.
                "83000019900101123",
                "71000019900101123");
        // Varying the 17th digit walks through ten of the eleven check values; the standard example has the X.
        Stream<String> allChecks = IntStream.rangeClosed(0, 9).mapToObj(d -> "1101051990010100" + d);
        return Stream.concat(samples, allChecks).map(ResidentIdNumberTest::withCheck);
    }

    static Stream<String> wrongCheck() {
        return computedValid()
                .limit(6)
                .flatMap(id -> "0123456789X"
                        .chars()
                        .filter(c -> c != id.charAt(17))
                        .mapToObj(c -> id.substring(0, 17) + (char) c));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.residentId.empty"),
                Arguments.of("", "value.residentId.empty"),
                Arguments.of(" \t ", "value.residentId.empty"),
                Arguments.of("1101051949123100", "value.residentId.format"),
                Arguments.of("11010519491231002", "value.residentId.format"),
                Arguments.of("11010519491231002X1", "value.residentId.format"),
                Arguments.of("110105491231002", "value.residentId.format"),
                Arguments.of("11010519491231002Y", "value.residentId.format"),
                Arguments.of("X1010519491231002X", "value.residentId.format"),
                Arguments.of("1101051949123100XX", "value.residentId.format"),
                Arguments.of("110105 19491231 002X", "value.residentId.format"),
                Arguments.of("１１０１０５１９４９１２３１００２Ｘ", "value.residentId.format"),
                Arguments.of(withCheck("11010519990230123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010519000229123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010520230431123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010520231301123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010520230100123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010500000000123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010518991231123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010521000101123"), "value.residentId.birthDate"),
                Arguments.of(withCheck("11010520980101123"), "value.residentId.futureBirth"),
                // The example of the issue: no province has the code 66.
                Arguments.of(withCheck("66010119900101123"), "value.residentId.region"),
                Arguments.of(withCheck("00000019900101123"), "value.residentId.region"),
                Arguments.of(withCheck("10010119900101123"), "value.residentId.region"),
                Arguments.of(withCheck("72010119900101123"), "value.residentId.region"),
                Arguments.of(withCheck("99010119900101123"), "value.residentId.region"),
                Arguments.of("110105194912310023", "value.residentId.checksum"),
                Arguments.of("21010519491231002X", "value.residentId.checksum"),
                Arguments.of("11010519491231003X", "value.residentId.checksum"),
                Arguments.of("11010519491231020X", "value.residentId.checksum"));
    }

    @Test
    void helperAgreesWithTheStandardExample() {
        assertThat(withCheck(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void acceptsTheStandardExample() {
        ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
        assertThat(id).hasToString(STANDARD_EXAMPLE);
        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.masked()).isEqualTo("1101**********002X");
    }

    @Test
    void normalisesCaseAndSurroundingBlanks() {
        assertThat(ResidentIdNumber.parse("  11010519491231002x\n"))
                .isEqualTo(ResidentIdNumber.parse(STANDARD_EXAMPLE))
                .hasToString(STANDARD_EXAMPLE);
        assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @ParameterizedTest
    @MethodSource("computedValid")
    void acceptsComputedNumbers(String id) {
        assertThat(ResidentIdNumber.parse(id)).hasToString(id);
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
    }

    @Test
    void readsTheBirthDateAtTheEdgesOfTheWindow() {
        assertThat(ResidentIdNumber.parse(withCheck("51010719000101001")).birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        // The constructor does not look at the clock; parse does.
        assertThat(new ResidentIdNumber(withCheck("11010120991231999")).birthDate())
                .isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(ResidentIdNumber.parse(withCheck("32010620000229456")).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void refusesABirthAfterTheGivenDay() {
        String bornOn20261203 = withCheck("11010520261203123");
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(ResidentIdNumber.parse(bornOn20261203, day).birthDate()).isEqualTo(day);
        assertThatThrownBy(() -> ResidentIdNumber.parse(bornOn20261203, day.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("value.residentId.futureBirth"));
    }

    @Test
    void todayIsTheDayInChina() {
        // parse(String) compares with the calendar in Asia/Shanghai, not with the server's zone.
        LocalDate chinaToday = LocalDate.now(ResidentIdNumber.CHINA);
        String bornTodayInChina = withCheck("110105" + chinaToday.toString().replace("-", "") + "123");
        assertThat(ResidentIdNumber.isValid(bornTodayInChina)).isTrue();
        String bornTomorrow =
                withCheck("110105" + chinaToday.plusDays(1).toString().replace("-", "") + "123");
        assertThat(ResidentIdNumber.isValid(bornTomorrow)).isFalse();
    }

    @Test
    void regionProblemsNameTheDigits() {
        assertThatThrownBy(() -> ResidentIdNumber.parse(withCheck("66010119900101123")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("66"));
        assertThat(ResidentIdNumber.parse(STANDARD_EXAMPLE).regionCode()).isEqualTo("110105");
    }

    @ParameterizedTest
    @MethodSource("wrongCheck")
    void rejectsEveryWrongCheckCharacter(String id) {
        assertRejected(id, "value.residentId.checksum");
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejects(String input, String key) {
        assertRejected(input, key);
    }

    @Test
    void keepsTheNumberOutOfTheDeveloperMessage() {
        String wrong = "11010519491231002" + "3";
        assertThatThrownBy(() -> ResidentIdNumber.parse(wrong))
                .hasMessageNotContaining(wrong)
                .hasMessageNotContaining("19491231");
    }

    private static void assertRejected(String input, String key) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(input))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(ResidentIdNumber.isValid(input)).isFalse();
    }
}
