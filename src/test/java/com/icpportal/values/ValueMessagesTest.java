package com.icpportal.values;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the user-facing texts against every rejection the type tests produce. */
class ValueMessagesTest {

    // Relative to the project directory, which is where Maven runs the tests.
    private static final Properties ENGLISH = load("src/main/resources/messages.properties");
    private static final Properties CHINESE = load("src/main/resources/messages_zh_CN.properties");

    static Stream<InvalidValueException> problems() {
        return Stream.of(
                        problems(IcpNumberTest.rejected(), IcpNumber::parse),
                        problems(ResidentIdNumberTest.rejected(), ResidentIdNumber::parse),
                        problems(SocialCreditCodeTest.rejected(), SocialCreditCode::parse),
                        problems(MobileNumberTest.rejected(), MobileNumber::parse),
                        problems(DomainNameTest.rejected(), DomainName::parse))
                .flatMap(s -> s);
    }

    @Test
    void bothFilesHoldExactlyTheKeysInUse() {
        Set<String> used = problems().map(InvalidValueException::messageKey).collect(Collectors.toSet());
        assertThat(valueKeys(ENGLISH)).isEqualTo(used);
        assertThat(valueKeys(CHINESE)).isEqualTo(used);
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyProblemReadsCompletelyInBothLanguages(InvalidValueException problem) {
        check(ENGLISH, Locale.ENGLISH, problem);
        check(CHINESE, Locale.SIMPLIFIED_CHINESE, problem);
        assertThat(CHINESE.getProperty(problem.messageKey())).containsPattern("\\p{IsHan}");
    }

    private static void check(Properties messages, Locale locale, InvalidValueException problem) {
        String pattern = messages.getProperty(problem.messageKey());
        assertThat(pattern).as(problem.messageKey()).isNotBlank().doesNotContain("'");
        for (int i = 0; i < problem.arguments().length; i++) {
            assertThat(pattern).as(problem.messageKey()).contains("{" + i + "}");
        }
        String text = new MessageFormat(pattern, locale).format(problem.arguments());
        assertThat(text).as(problem.messageKey()).doesNotContain("{", "}");
    }

    private static Set<String> valueKeys(Properties messages) {
        return messages.stringPropertyNames().stream()
                .filter(key -> key.startsWith("value."))
                .collect(Collectors.toSet());
    }

    private static Stream<InvalidValueException> problems(Stream<Arguments> table, Consumer<String> parse) {
        return table.map(row -> {
            String input = (String) row.get()[0];
            try {
                parse.accept(input);
            } catch (InvalidValueException e) {
                return e;
            }
            throw new AssertionError("accepted " + input);
        });
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
