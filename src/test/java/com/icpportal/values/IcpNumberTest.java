package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcpNumberTest {

    // The list from the domain doc, kept as a literal so that a change to KNOWN_PREFIXES is a visible decision.
    private static final String DOC_PREFIXES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁新";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("京ICP备12345678号", "京ICP备12345678号"),
                Arguments.of("粤ICP备2023007649号", "粤ICP备2023007649号"),
                Arguments.of("京ICP备12345678号-1", "京ICP备12345678号-1"),
                Arguments.of("沪ICP备2023007649号-12", "沪ICP备2023007649号-12"),
                Arguments.of("  京ICP备12345678号-1\t", "京ICP备12345678号-1"),
                Arguments.of("\u3000浙icp备12345678号\u00A0", "浙ICP备12345678号"),
                Arguments.of("川Icp备00000001号-999", "川ICP备00000001号-999"),
                // Older serials as issued: two year digits and four or five sequence digits.
                Arguments.of("陕ICP备040096号", "陕ICP备040096号"),
                Arguments.of("京ICP备030066号-2", "京ICP备030066号-2"),
                Arguments.of("京ICP备0500547号", "京ICP备0500547号"),
                Arguments.of("沪ICP备0101929号-1", "沪ICP备0101929号-1"));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.icpNumber.empty"),
                Arguments.of("", "value.icpNumber.empty"),
                Arguments.of("   ", "value.icpNumber.empty"),
                Arguments.of("ICP备12345678号", "value.icpNumber.format"),
                Arguments.of("京ICP备12345678", "value.icpNumber.format"),
                Arguments.of("京ICP12345678号", "value.icpNumber.format"),
                Arguments.of("京ICP证12345678号", "value.icpNumber.format"),
                Arguments.of("京ICP备1234567a号", "value.icpNumber.format"),
                Arguments.of("京ICP备 12345678号", "value.icpNumber.format"),
                Arguments.of("京京ICP备12345678号", "value.icpNumber.format"),
                Arguments.of("BJICP备12345678号", "value.icpNumber.format"),
                Arguments.of("港ICP备12345678号", "value.icpNumber.unknownPrefix"),
                Arguments.of("中ICP备12345678号-1", "value.icpNumber.unknownPrefix"),
                Arguments.of("京ICP备02002号", "value.icpNumber.digits"),
                Arguments.of("京ICP备1234号", "value.icpNumber.digits"),
                Arguments.of("京ICP备123456789号", "value.icpNumber.digits"),
                Arguments.of("粤ICP备20230076491号", "value.icpNumber.digits"),
                Arguments.of("京ICP备12345678号-0", "value.icpNumber.websiteIndex"),
                Arguments.of("京ICP备12345678号-01", "value.icpNumber.websiteIndex"),
                Arguments.of("京ICP备12345678号-", "value.icpNumber.websiteIndex"),
                Arguments.of("京ICP备12345678号-a", "value.icpNumber.websiteIndex"),
                Arguments.of("京ICP备12345678号-1-2", "value.icpNumber.websiteIndex"),
                Arguments.of("京ICP备12345678号-9999999999", "value.icpNumber.websiteIndex"));
    }

    static Stream<String> knownPrefixes() {
        return IcpNumber.KNOWN_PREFIXES.stream();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsAndNormalises(String input, String canonical) {
        assertThat(IcpNumber.parse(input)).hasToString(canonical);
        assertThat(IcpNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejects(String input, String key) {
        assertThatThrownBy(() -> IcpNumber.parse(input))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(IcpNumber.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("knownPrefixes")
    void everyKnownPrefixParses(String prefix) {
        assertThat(IcpNumber.parse(prefix + "ICP备12345678号-3").prefix()).isEqualTo(prefix);
        assertThat(IcpNumber.parse(prefix + "ICP备2023007649号").prefix()).isEqualTo(prefix);
    }

    @Test
    void knownPrefixesAreTheDocumentedOnes() {
        assertThat(IcpNumber.KNOWN_PREFIXES)
                .containsExactlyElementsOf(
                        DOC_PREFIXES.chars().mapToObj(Character::toString).toList());
        assertThatThrownBy(() -> IcpNumber.KNOWN_PREFIXES.add("港")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSeededProvincePrefixesComeFromTheSameTable() throws Exception {
        // The migration that seeds province_icp_prefix must hand out exactly ProvinceLevel's prefixes, in its order.
        String seed = Files.readString(
                Path.of("src/main/resources/db/migration/V3__provinces_and_reference_data.sql"),
                StandardCharsets.UTF_8);
        Matcher pair =
                Pattern.compile("\\('([0-9]{6})', '(\\p{IsHan})', ([0-9])\\)").matcher(seed);
        List<String> seeded = new ArrayList<>();
        while (pair.find()) {
            seeded.add(pair.group(1) + pair.group(2) + pair.group(3));
        }
        List<String> table = new ArrayList<>();
        for (ProvinceLevel province : ProvinceLevel.values()) {
            for (int i = 0; i < province.icpPrefixes().size(); i++) {
                table.add(province.code() + province.icpPrefixes().get(i) + i);
            }
        }
        assertThat(seeded).containsExactlyElementsOf(table);
    }

    @Test
    void subjectNumberParts() {
        IcpNumber number = IcpNumber.parse("粤ICP备2023007649号");
        assertThat(number.prefix()).isEqualTo("粤");
        assertThat(number.serial()).isEqualTo("2023007649");
        assertThat(number.websiteIndex()).isEmpty();
        assertThat(number.isWebsiteNumber()).isFalse();
        assertThat(number.subjectNumber()).isSameAs(number);
    }

    @Test
    void knowsTheIssuingProvince() {
        assertThat(IcpNumber.parse("蜀ICP备041626号").province()).isEqualTo(ProvinceLevel.SICHUAN);
        assertThat(IcpNumber.parse("川ICP备12345678号-1").province().code()).isEqualTo("510000");
        assertThat(IcpNumber.parse("陇ICP备2021002435号").province().chineseName()).isEqualTo("甘肃省");
    }

    @Test
    void websiteNumberParts() {
        IcpNumber number = IcpNumber.parse("京ICP备12345678号-12");
        assertThat(number.prefix()).isEqualTo("京");
        assertThat(number.serial()).isEqualTo("12345678");
        assertThat(number.websiteIndex()).hasValue(12);
        assertThat(number.isWebsiteNumber()).isTrue();
        assertThat(number.subjectNumber()).isEqualTo(IcpNumber.parse("京ICP备12345678号"));
    }

    @Test
    void buildsWebsiteNumbers() {
        IcpNumber subject = IcpNumber.parse("京ICP备12345678号");
        assertThat(IcpNumber.website(subject, 2))
                .isEqualTo(IcpNumber.parse("京ICP备12345678号-2"))
                .hasToString("京ICP备12345678号-2");
        assertThatThrownBy(() -> IcpNumber.website(subject, 0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("value.icpNumber.websiteIndex"));
        assertThatIllegalArgumentException().isThrownBy(() -> IcpNumber.website(IcpNumber.website(subject, 1), 2));
    }

    @Test
    void equalityFollowsTheCanonicalForm() {
        IcpNumber a = IcpNumber.parse(" 京icp备12345678号-1 ");
        IcpNumber b = IcpNumber.parse("京ICP备12345678号-1");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(b.subjectNumber());
    }

    @Test
    void problemsCarryWhatTheMessageShows() {
        assertThatThrownBy(() -> IcpNumber.parse("港ICP备12345678号"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("港"));
        assertThatThrownBy(() -> IcpNumber.parse("京ICP备123456789号"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly(9));
    }
}
