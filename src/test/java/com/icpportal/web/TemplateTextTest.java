package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message files, in both languages: templates hold no
 * literal text, every key exists in English and in Chinese, and every key a template names exists.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(?:title|placeholder|alt|aria-label)=\"([^\"]*)\"");
    /** A value is shown only on input buttons; elsewhere it is data (a code the server reads). */
    private static final Pattern BUTTON_VALUE =
            Pattern.compile("<input[^>]*type=\"(?:submit|button|reset)\"[^>]*\svalue=\"([^\"]*)\"");

    private static final Pattern WORDS = Pattern.compile("[\\p{IsLatin}\\p{IsHan}]{2,}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.]+)'");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutCommentsAndScripts(Files.readString(template));
            collect(template, TEXT_NODE.matcher(html), literals);
            collect(template, LITERAL_ATTRIBUTE.matcher(html), literals);
            collect(template, BUTTON_VALUE.matcher(html), literals);
        }
        assertThat(literals)
                .as("literal text in templates: use #{...} messages")
                .isEmpty();
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(chinese));
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (Pattern pattern : List.of(MESSAGE_KEY, MESSAGES_CALL)) {
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseMessagesAreTranslated() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = chinese.getProperty(key);
            boolean sameOnPurpose = key.startsWith("language.");
            if (!sameOnPurpose
                    && text.equals(english.getProperty(key))
                    && WORDS.matcher(text).find()) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    /** The check itself must catch what it is for. */
    @Test
    void theCheckFindsLiteralText() {
        List<String> found = new ArrayList<>();
        collect(
                TEMPLATES.resolve("example.html"),
                TEXT_NODE.matcher("<p>Submit your change</p><p th:text=\"#{x}\"></p>"),
                found);
        collect(TEMPLATES.resolve("example.html"), TEXT_NODE.matcher("<p>提交变更</p>"), found);
        collect(
                TEMPLATES.resolve("example.html"),
                LITERAL_ATTRIBUTE.matcher("<input placeholder=\"Your name\">"),
                found);
        collect(
                TEMPLATES.resolve("example.html"),
                BUTTON_VALUE.matcher("<input type=\"submit\" value=\"Save\">"),
                found);
        assertThat(found).hasSize(4);
    }

    private static void collect(Path template, Matcher matcher, List<String> literals) {
        while (matcher.find()) {
            String text =
                    matcher.group(1).replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").trim();
            if (WORDS.matcher(text).find()) {
                literals.add(TEMPLATES.relativize(template) + ": " + text);
            }
        }
    }

    private static String withoutCommentsAndScripts(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
