package com.icpportal.values;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.IDNA;

/**
 * A host name as filed for a website, such as {@code example.com}, {@code www.beijing.gov.cn} or {@code 例子.中国}.
 *
 * <p>The canonical form is the lower-case ASCII form ({@link #ascii()}, punycode for internationalised names, e.g.
 * {@code xn--fsqu00a.xn--fiqs8s}); {@link #unicode()} gives the form to show to people. Input may be in either form
 * and may end in one dot. URLs, ports, wildcards, IP addresses and single-label names are rejected.
 *
 * <p>Names are processed by ICU4J's UTS #46 (non-transitional, so {@code straße.de} stays {@code xn--strae-oqa.de};
 * hyphen, bidi, CONTEXTJ and CONTEXTO checks; STD3 rules), and then held to IDNA2008 (RFC 5892): symbols and emoji,
 * which UTS #46 lets through for compatibility, are refused. Invisible characters that UTS #46 would silently drop
 * (zero-width space, soft hyphen, Hangul fillers, variation selectors) are refused too, so that the name filed is
 * the name the person sees.
 */
public record DomainName(String ascii) {

    private static final String TYPE = "domainName";
    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MAX_LENGTH = 253;
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ
            | IDNA.CHECK_CONTEXTO
            | IDNA.USE_STD3_RULES);
    // Signs that the user pasted a URL, an e-mail address, host:port, a wildcard or text with spaces.
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\s\\p{Z}/\\\\:@?#*\\[\\]]");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    // The full stops UTS #46 maps to '.', which Chinese input methods type.
    private static final Pattern DOTS = Pattern.compile("[.\u3002\uFF0E\uFF61]");
    // Any ASCII character other than a letter, digit, hyphen or dot; non-ASCII is left to IDNA.
    private static final Pattern BAD_ASCII = Pattern.compile("[\\x00-\\x7F&&[^A-Za-z0-9.-]]");
    private static final Set<IDNA.Error> PUNYCODE = EnumSet.of(IDNA.Error.PUNYCODE, IDNA.Error.INVALID_ACE_LABEL);
    private static final Set<IDNA.Error> HYPHEN = EnumSet.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN);
    private static final Set<IDNA.Error> CONTEXTO =
            EnumSet.of(IDNA.Error.CONTEXTO_PUNCTUATION, IDNA.Error.CONTEXTO_DIGITS);

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

    /** The form to show to people, e.g. {@code 例子.中国} or {@code straße.de}. */
    public String unicode() {
        StringBuilder unicode = new StringBuilder();
        UTS46.nameToUnicode(ascii, unicode, new IDNA.Info());
        return unicode.toString();
    }

    /**
     * Both forms for a page, e.g. {@code 例子.中国 (xn--fsqu00a.xn--fiqs8s)}, so that a person can compare the name with
     * what a registrar shows; just the name when both forms are the same.
     */
    public String bothForms() {
        String unicode = unicode();
        return unicode.equals(ascii) ? ascii : unicode + " (" + ascii + ")";
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
        String text = Inputs.strip(suffix, TYPE);
        List<String> tail =
                List.of(toAscii(text.startsWith(".") ? text.substring(1) : text).split("\\."));
        List<String> own = labels();
        return tail.size() <= own.size()
                && own.subList(own.size() - tail.size(), own.size()).equals(tail);
    }

    @Override
    public String toString() {
        return ascii;
    }

    private static String check(String input) {
        String ascii = toAscii(Inputs.strip(input, TYPE));
        if (IPV4.matcher(ascii).matches()) {
            throw Inputs.fail(TYPE, "format", "an IP address: " + ascii);
        }
        List<String> labels = List.of(ascii.split("\\."));
        if (labels.size() < 2) {
            throw Inputs.fail(TYPE, "singleLabel", "needs at least two labels: " + ascii);
        }
        if (ascii.length() > MAX_LENGTH) {
            throw Inputs.fail(TYPE, "tooLong", "ASCII form has " + ascii.length() + " > " + MAX_LENGTH + " characters");
        }
        if (DIGITS.matcher(labels.get(labels.size() - 1)).matches()) {
            throw Inputs.fail(TYPE, "numericTld", "top-level label is all digits: " + ascii);
        }
        return ascii;
    }

    /**
     * The lower-case ASCII form of a name, without one trailing dot (the DNS root); every label checked against UTS
     * #46 and IDNA2008, with the first problem found reported.
     */
    private static String toAscii(String text) {
        if (NOT_A_NAME.matcher(text).find()) {
            throw Inputs.fail(TYPE, "format", "not a bare domain name: " + text);
        }
        checkVisible(text);
        Matcher bad = BAD_ASCII.matcher(text);
        if (bad.find()) {
            throw Inputs.fail(TYPE, "labelCharacters", "character '" + bad.group() + "' in " + text, bad.group());
        }
        IDNA.Info info = new IDNA.Info();
        StringBuilder ascii = new StringBuilder();
        UTS46.nameToASCII(text, ascii, info);
        StringBuilder unicode = new StringBuilder();
        UTS46.nameToUnicode(text, unicode, new IDNA.Info());
        String asciiName = withoutRootDot(ascii.toString());
        String unicodeName = withoutRootDot(unicode.toString());
        if (asciiName.isEmpty()) {
            throw Inputs.fail(TYPE, "format", "no labels in " + text);
        }
        if (!info.hasErrors()) {
            checkIdna2008(unicodeName);
            return asciiName.toLowerCase(Locale.ROOT);
        }
        throw problem(info.getErrors(), text, unicodeName);
    }

    /** Turns ICU's errors into the portal's message, naming the label or character concerned where it can. */
    private static InvalidValueException problem(Set<IDNA.Error> errors, String text, String unicodeName) {
        if (errors.contains(IDNA.Error.EMPTY_LABEL)) {
            return Inputs.fail(TYPE, "format", "empty label in " + text);
        }
        if (errors.contains(IDNA.Error.DISALLOWED)) {
            return disallowedCharacter(text);
        }
        if (errors.stream().anyMatch(PUNYCODE::contains)) {
            String label = labelWith(text, PUNYCODE);
            return Inputs.fail(TYPE, "punycode", "not valid punycode: " + label, label);
        }
        if (errors.stream().anyMatch(HYPHEN::contains)) {
            String label = labelWith(text, HYPHEN);
            return Inputs.fail(TYPE, "labelHyphen", "label starts or ends with a hyphen: " + label, label);
        }
        if (errors.contains(IDNA.Error.HYPHEN_3_4)) {
            String label = labelWith(text, EnumSet.of(IDNA.Error.HYPHEN_3_4));
            return Inputs.fail(TYPE, "doubleHyphen", "-- in positions 3 and 4: " + label, label);
        }
        if (errors.contains(IDNA.Error.LABEL_TOO_LONG)) {
            String label = labelWith(text, EnumSet.of(IDNA.Error.LABEL_TOO_LONG));
            return Inputs.fail(TYPE, "labelLength", "label longer than " + MAX_LABEL_LENGTH + ": " + label, label);
        }
        if (errors.contains(IDNA.Error.DOMAIN_NAME_TOO_LONG)) {
            return Inputs.fail(TYPE, "tooLong", "ASCII form longer than " + MAX_LENGTH + " characters");
        }
        if (errors.contains(IDNA.Error.LEADING_COMBINING_MARK)) {
            String label = labelWith(text, EnumSet.of(IDNA.Error.LEADING_COMBINING_MARK));
            return Inputs.fail(TYPE, "combiningMark", "label starts with a combining mark: " + label, label);
        }
        if (errors.contains(IDNA.Error.CONTEXTJ)) {
            return Inputs.fail(TYPE, "joiner", "zero-width joiner or non-joiner out of context in " + text);
        }
        if (errors.stream().anyMatch(CONTEXTO::contains)) {
            String label = labelWith(text, CONTEXTO);
            return Inputs.fail(TYPE, "context", "character out of context in " + label, label);
        }
        if (errors.contains(IDNA.Error.BIDI)) {
            return Inputs.fail(TYPE, "bidi", "breaks the bidi rule: " + unicodeName);
        }
        return Inputs.fail(TYPE, "format", "not a valid internationalised name (" + errors + "): " + text);
    }

    /** Refuses the default-ignorable characters that UTS #46 drops without a word, except the joiners it checks. */
    private static void checkVisible(String text) {
        text.codePoints()
                .filter(cp -> cp != 0x200C && cp != 0x200D)
                .filter(cp -> UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
                .findFirst()
                .ifPresent(cp -> {
                    String name = String.format(Locale.ROOT, "U+%04X", cp);
                    throw Inputs.fail(TYPE, "invisible", "invisible character " + name + " in the name", name);
                });
    }

    /** Requires IDNA2008's PVALID (or a context rule, which ICU has checked) for every code point. */
    private static void checkIdna2008(String unicodeName) {
        unicodeName
                .codePoints()
                .filter(cp -> cp != '.')
                .filter(cp -> {
                    Idna2008.Status status = Idna2008.status(cp);
                    return status == Idna2008.Status.DISALLOWED || status == Idna2008.Status.UNASSIGNED;
                })
                .findFirst()
                .ifPresent(cp -> {
                    throw characterProblem(cp, unicodeName);
                });
    }

    /** Finds the character of the input that UTS #46 (with STD3 rules) does not allow. */
    private static InvalidValueException disallowedCharacter(String text) {
        return text.codePoints()
                .filter(cp -> cp != '.')
                .filter(cp -> {
                    IDNA.Info info = new IDNA.Info();
                    UTS46.labelToUnicode(new String(Character.toChars(cp)), new StringBuilder(), info);
                    return info.getErrors().contains(IDNA.Error.DISALLOWED);
                })
                .mapToObj(cp -> characterProblem(cp, text))
                .findFirst()
                .orElseGet(() -> Inputs.fail(TYPE, "format", "a character is not allowed in " + text));
    }

    private static InvalidValueException characterProblem(int cp, String name) {
        String character = new String(Character.toChars(cp));
        if (Idna2008.isSymbol(cp)) {
            return Inputs.fail(TYPE, "symbol", "symbol " + character + " in " + name, character);
        }
        return Inputs.fail(TYPE, "labelCharacters", "character '" + character + "' in " + name, character);
    }

    /**
     * The first label of the input that has one of these errors on its own, as typed; the whole input when the error
     * needs all labels.
     */
    private static String labelWith(String text, Set<IDNA.Error> kinds) {
        return firstOrName(text, label -> {
            IDNA.Info info = new IDNA.Info();
            UTS46.labelToASCII(label, new StringBuilder(), info);
            return info.getErrors().stream().anyMatch(kinds::contains);
        });
    }

    private static String firstOrName(String name, Function<String, Boolean> test) {
        for (String label : DOTS.split(name)) {
            if (test.apply(label)) {
                return label;
            }
        }
        return name;
    }

    private static String withoutRootDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
