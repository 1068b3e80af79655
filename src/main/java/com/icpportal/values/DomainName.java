package com.icpportal.values;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host name as filed for a website, such as {@code example.com}, {@code www.beijing.gov.cn} or {@code 例子.中国}.
 *
 * <p>The canonical form is the lower-case ASCII form ({@link #ascii()}, punycode for internationalised names, e.g.
 * {@code xn--fsqu00a.xn--fiqs8s}); {@link #unicode()} gives the form to show to people. Input may be in either form
 * and may end in one dot. URLs, ports, wildcards, IP addresses and single-label names are rejected.
 */
public record DomainName(String ascii) {

    private static final String TYPE = "domainName";
    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MAX_LENGTH = 253;
    // Chinese input methods type these instead of '.'; IDNA treats them as dots too.
    private static final Pattern IDEOGRAPHIC_DOTS = Pattern.compile("[\u3002\uFF0E\uFF61]");
    // Signs that the user pasted a URL, an e-mail address, host:port, a wildcard or text with spaces.
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\s\\p{Z}/\\\\:@?#*\\[\\]]");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    // Any ASCII character other than a lower-case letter, digit or hyphen; non-ASCII is left to IDN.
    private static final Pattern BAD_ASCII = Pattern.compile("[\\x00-\\x7F&&[^a-z0-9-]]");

    /** Validates and normalises like {@link #parse(String)}, so no invalid instance can exist. */
    public DomainName {
        ascii = check(ascii);
    }

    public static DomainName parse(String input) {
        return new DomainName(input);
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, DomainName::parse);
    }

    public String unicode() {
        return IDN.toUnicode(ascii);
    }

    /** The ASCII labels, from the leftmost to the top-level one. */
    public List<String> labels() {
        return List.of(ascii.split("\\."));
    }

    /** The ASCII form of the top-level label, e.g. {@code cn} or {@code xn--fiqs8s}. */
    public String tld() {
        return ascii.substring(ascii.lastIndexOf('.') + 1);
    }

    /**
     * Whether this name is {@code suffix} or lies below it, comparing whole labels in ASCII form: {@code
     * beijing.gov.cn} ends with {@code gov.cn}, {@code .gov.cn} and {@code cn}, but not with {@code v.cn}. The suffix
     * may be in Unicode or ASCII form, with or without a leading dot.
     *
     * @throws IllegalArgumentException if the suffix is not made of valid labels
     */
    public boolean endsWith(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        String text = normalise(Inputs.strip(suffix, TYPE));
        List<String> tail = asciiLabels(text.startsWith(".") ? text.substring(1) : text);
        List<String> own = labels();
        return tail.size() <= own.size()
                && own.subList(own.size() - tail.size(), own.size()).equals(tail);
    }

    @Override
    public String toString() {
        return ascii;
    }

    private static String check(String input) {
        String text = normalise(Inputs.strip(input, TYPE));
        if (NOT_A_NAME.matcher(text).find() || IPV4.matcher(text).matches()) {
            throw Inputs.fail(TYPE, "format", "not a bare domain name: " + text);
        }
        List<String> labels = asciiLabels(text);
        if (labels.size() < 2) {
            throw Inputs.fail(TYPE, "singleLabel", "needs at least two labels: " + text);
        }
        String ascii = String.join(".", labels);
        if (ascii.length() > MAX_LENGTH) {
            throw Inputs.fail(TYPE, "tooLong", "ASCII form has " + ascii.length() + " > " + MAX_LENGTH + " characters");
        }
        if (DIGITS.matcher(labels.get(labels.size() - 1)).matches()) {
            throw Inputs.fail(TYPE, "numericTld", "top-level label is all digits: " + text);
        }
        return ascii;
    }

    /** Lower-cases, turns ideographic dots into '.', and drops one trailing dot (the DNS root). */
    private static String normalise(String text) {
        String name = IDEOGRAPHIC_DOTS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(".");
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static List<String> asciiLabels(String name) {
        List<String> labels = new ArrayList<>();
        for (String label : name.split("\\.", -1)) {
            labels.add(asciiLabel(label, name));
        }
        return labels;
    }

    private static String asciiLabel(String label, String name) {
        if (label.isEmpty()) {
            throw Inputs.fail(TYPE, "format", "empty label in " + name);
        }
        // The ASCII rules are checked here, before IDN, because IDN reports all of them as one opaque error.
        Matcher bad = BAD_ASCII.matcher(label);
        if (bad.find()) {
            throw Inputs.fail(TYPE, "labelCharacters", "character '" + bad.group() + "' in " + name, bad.group());
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw Inputs.fail(TYPE, "labelHyphen", "label starts or ends with a hyphen: " + label, label);
        }
        String ascii = label.chars().allMatch(c -> c < 0x80) ? label : toAscii(label, name);
        if (ascii.length() > MAX_LABEL_LENGTH) {
            throw Inputs.fail(TYPE, "labelLength", "label longer than " + MAX_LABEL_LENGTH + ": " + label, label);
        }
        // An xn-- label must be real punycode: toUnicode hands back its input unchanged when it cannot decode it.
        if (ascii.startsWith("xn--")
                && IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES).equals(ascii)) {
            throw Inputs.fail(TYPE, "format", "invalid punycode label " + ascii + " in " + name);
        }
        return ascii;
    }

    /**
     * Converts one non-ASCII label. Java's IDN also enforces the 63-character limit, so an internationalised label
     * that is too long is reported as a format problem rather than a length problem.
     */
    private static String toAscii(String label, String name) {
        try {
            return IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw Inputs.fail(TYPE, "format", "not a valid internationalised label in " + name + ": " + e.getMessage());
        }
    }
}
