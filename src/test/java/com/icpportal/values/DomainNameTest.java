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
                Arguments.of("\uFFFD.com", "value.domainName.format"),
                Arguments.of("xn--a.com", "value.domainName.format"),
                // Java's IDN enforces the 63-character limit on internationalised labels itself, without saying so.
                Arguments.of("例".repeat(60) + ".cn", "value.domainName.format"),
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
    }
}
