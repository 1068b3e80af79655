package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DomainNameTest {

    // Expected A-labels were computed with the Python idna package, not with the code under test.
    // A-labels of the Chinese TLDs as published in the IANA root zone; 例子 is the example from the domain doc.
    private static final String CN_ZHONGGUO = "xn--fiqs8s";
    private static final String CN_GONGSI = "xn--55qx5d";
    private static final String CN_WANGLUO = "xn--io0a7i";
    private static final String LIZI = "xn--fsqu00a";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("example.com", "example.com", "example.com"),
                Arguments.of("  WWW.Example.COM. ", "www.example.com", "www.example.com"),
                Arguments.of("beijing.gov.cn", "beijing.gov.cn", "beijing.gov.cn"),
                Arguments.of("a-b.123.com.cn", "a-b.123.com.cn", "a-b.123.com.cn"),
                Arguments.of("例子.中国", LIZI + "." + CN_ZHONGGUO, "例子.中国"),
                Arguments.of("例子。中国", LIZI + "." + CN_ZHONGGUO, "例子.中国"),
                Arguments.of("示例.公司", "xn--fsq092h." + CN_GONGSI, "示例.公司"),
                Arguments.of("例子.网络", LIZI + "." + CN_WANGLUO, "例子.网络"),
                Arguments.of("Shop.例子.中国.", "shop." + LIZI + "." + CN_ZHONGGUO, "shop.例子.中国"),
                Arguments.of("例子.CN", LIZI + ".cn", "例子.cn"),
                Arguments.of("XN--FSQU00A.xn--fiqs8s", LIZI + "." + CN_ZHONGGUO, "例子.中国"),
                Arguments.of("ｅｘａｍｐｌｅ.com", "example.com", "example.com"),
                Arguments.of("a".repeat(63) + ".cn", "a".repeat(63) + ".cn", "a".repeat(63) + ".cn"),
                // CJK characters newer than Unicode 3.2, which java.net.IDN refused (U+9FCF, U+2B820 of Extension E)
                Arguments.of("鿏科技.中国", "xn--2qux23cw10a." + CN_ZHONGGUO, "鿏科技.中国"),
                Arguments.of("𫠠.中国", "xn--9m9l." + CN_ZHONGGUO, "𫠠.中国"),
                // IDNA2008, non-transitional: ß is a letter of its own, not ss
                Arguments.of("straße.de", "xn--strae-oqa.de", "straße.de"),
                Arguments.of("xn--strae-oqa.de", "xn--strae-oqa.de", "straße.de"),
                Arguments.of("Straße.DE", "xn--strae-oqa.de", "straße.de"),
                // CONTEXTO: the middle dot between two l's (Catalan), the katakana middle dot among kana
                Arguments.of("col·lecció.cat", "xn--collecci-ioa91d.cat", "col·lecció.cat"),
                Arguments.of("ア・イ.jp", "xn--ccke4x.jp", "ア・イ.jp"),
                // CONTEXTJ: a zero-width non-joiner after a virama is allowed
                Arguments.of("क्\u200Cष.in", "xn--11b2ezcs70k.in", "क्\u200Cष.in"),
                Arguments.of(name253(), name253(), name253()));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, "value.domainName.empty"),
                Arguments.of("", "value.domainName.empty"),
                Arguments.of(" \u3000", "value.domainName.empty"),
                Arguments.of("http://example.com", "value.domainName.format"),
                Arguments.of("https://例子.中国", "value.domainName.format"),
                Arguments.of("example.com/path", "value.domainName.format"),
                Arguments.of("example.com:8080", "value.domainName.format"),
                Arguments.of("exa mple.com", "value.domainName.format"),
                Arguments.of("例子 .中国", "value.domainName.format"),
                Arguments.of("*.example.com", "value.domainName.format"),
                Arguments.of("user@example.com", "value.domainName.format"),
                Arguments.of("192.168.1.1", "value.domainName.format"),
                Arguments.of("[2001:db8::1]", "value.domainName.format"),
                Arguments.of(".example.com", "value.domainName.format"),
                Arguments.of("example..com", "value.domainName.format"),
                Arguments.of("example.com..", "value.domainName.format"),
                Arguments.of(".", "value.domainName.format"),
                Arguments.of("\uFFFD.com", "value.domainName.symbol"),
                Arguments.of("♥.com", "value.domainName.symbol"),
                Arguments.of("i♥ny.com", "value.domainName.symbol"),
                Arguments.of("☃.net", "value.domainName.symbol"),
                Arguments.of("✓.com", "value.domainName.symbol"),
                Arguments.of("€.com", "value.domainName.symbol"),
                Arguments.of("例子😀.中国", "value.domainName.symbol"),
                Arguments.of("xn--n3h.com", "value.domainName.symbol"),
                Arguments.of("a\u200Bb.com", "value.domainName.invisible"),
                Arguments.of("a\u00ADb.com", "value.domainName.invisible"),
                Arguments.of("\u3164例子.中国", "value.domainName.invisible"),
                Arguments.of("a\u1160b.com", "value.domainName.invisible"),
                Arguments.of("a\uFFA0b.com", "value.domainName.invisible"),
                Arguments.of("例子\uFE0F.中国", "value.domainName.invisible"),
                Arguments.of("a\u200Db.com", "value.domainName.joiner"),
                Arguments.of("例\u200C子.中国", "value.domainName.joiner"),
                Arguments.of("ab--cd.com", "value.domainName.doubleHyphen"),
                Arguments.of("xn--a.com", "value.domainName.punycode"),
                Arguments.of("\u0301a.com", "value.domainName.combiningMark"),
                Arguments.of("a·b.com", "value.domainName.context"),
                Arguments.of("a・b.jp", "value.domainName.context"),
                Arguments.of("aא.com", "value.domainName.bidi"),
                Arguments.of("١٢٣.com", "value.domainName.bidi"),
                Arguments.of("例".repeat(60) + ".cn", "value.domainName.labelLength"),
                Arguments.of("a".repeat(64) + ".cn", "value.domainName.labelLength"),
                Arguments.of("exa_mple.com", "value.domainName.labelCharacters"),
                Arguments.of("example!.com", "value.domainName.labelCharacters"),
                Arguments.of("例_子.中国", "value.domainName.labelCharacters"),
                Arguments.of("-example.com", "value.domainName.labelHyphen"),
                Arguments.of("example-.com", "value.domainName.labelHyphen"),
                Arguments.of("例子-.中国", "value.domainName.labelHyphen"),
                Arguments.of(name253() + "a", "value.domainName.tooLong"),
                Arguments.of("localhost", "value.domainName.singleLabel"),
                Arguments.of("com.", "value.domainName.singleLabel"),
                Arguments.of("中国", "value.domainName.singleLabel"),
                Arguments.of("example.123", "value.domainName.numericTld"),
                Arguments.of("1.2.3", "value.domainName.numericTld"));
    }

    /** Four labels, 253 characters: the longest name allowed. */
    private static String name253() {
        return "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsAndNormalises(String input, String ascii, String unicode) {
        DomainName name = DomainName.parse(input);
        assertThat(name.ascii()).isEqualTo(ascii);
        assertThat(name).hasToString(ascii).isEqualTo(DomainName.parse(unicode));
        assertThat(name.unicode()).isEqualTo(unicode);
        assertThat(DomainName.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejects(String input, String key) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(DomainName.isValid(input)).isFalse();
    }

    @Test
    void showsBothFormsOfAnInternationalisedName() {
        assertThat(DomainName.parse("例子.中国").bothForms()).isEqualTo("例子.中国 (" + LIZI + "." + CN_ZHONGGUO + ")");
        assertThat(DomainName.parse("Example.com").bothForms()).isEqualTo("example.com");
    }

    @Test
    void labelsAndTld() {
        DomainName name = DomainName.parse("www.例子.中国");
        assertThat(name.labels()).containsExactly("www", LIZI, CN_ZHONGGUO);
        assertThat(name.tld()).isEqualTo(CN_ZHONGGUO);
        assertThat(DomainName.parse("beijing.gov.cn").tld()).isEqualTo("cn");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            beijing.gov.cn          | gov.cn         | true
            beijing.gov.cn          | .gov.cn        | true
            www.beijing.gov.cn      | .GOV.CN.       | true
            gov.cn                  | gov.cn         | true
            beijing.gov.cn          | cn             | true
            beijing.gov.cn          | beijing.gov.cn | true
            notgov.cn               | gov.cn         | false
            beijing.gov.cn          | v.cn           | false
            gov.cn                  | beijing.gov.cn | false
            example.com.cn          | com            | false
            例子.中国                | .中国           | true
            例子.中国                | 中国            | true
            xn--fsqu00a.xn--fiqs8s  | .中国           | true
            例子.中国                | xn--fiqs8s     | true
            shop.例子.中国           | 例子。中国       | true
            例子.中国                | .cn            | false
            """)
    void endsWithComparesWholeAsciiLabels(String domain, String suffix, boolean expected) {
        assertThat(DomainName.parse(domain).endsWith(suffix)).isEqualTo(expected);
    }

    @Test
    void endsWithRejectsASuffixThatIsNoName() {
        DomainName name = DomainName.parse("example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> name.endsWith("."));
        assertThatIllegalArgumentException().isThrownBy(() -> name.endsWith("ex_ample.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> name.endsWith(" "));
    }

    @Test
    void problemsCarryWhatTheMessageShows() {
        assertThatThrownBy(() -> DomainName.parse("exa_mple.com"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("_"));
        assertThatThrownBy(() -> DomainName.parse("例子-.中国"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("例子-"));
        assertThatThrownBy(() -> DomainName.parse("www.ab--cd.com"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("ab--cd"));
        assertThatThrownBy(() -> DomainName.parse("i♥ny.com"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("♥"));
        assertThatThrownBy(() -> DomainName.parse("a\u200Bb.com"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("U+200B"));
        assertThatThrownBy(() -> DomainName.parse("xn--a.com"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("xn--a"));
    }
}
