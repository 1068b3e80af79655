package com.icpportal.values;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICP filing number (ICP备案号) as issued: a subject number such as {@code 京ICP备12345678号} or a website number
 * that adds {@code -N} to it, such as {@code 京ICP备12345678号-1}.
 *
 * <p>The serial between {@code ICP备} and {@code 号} starts with the year of first approval. The older form has two
 * year digits and a sequence number of four to six digits, so 6 to 8 digits in all: {@code 京ICP备030066号} (2003),
 * {@code 京ICP备0500547号}, {@code 京ICP备05002826号}. Since 2018 the authorities issue a four-digit year and a
 * six-digit sequence, 10 digits: {@code 粤ICP备2023007649号}. The year is not checked, so that numbers of either form
 * from any year stay readable.
 */
public final class IcpNumber {

    /**
     * The province abbreviations an ICP number may start with, including the alternatives 蜀 (川) and 陇 (甘), read
     * from {@link ProvinceLevel}, the one table of them.
     */
    public static final Set<String> KNOWN_PREFIXES = knownPrefixes();

    private static final String TYPE = "icpNumber";
    // Deliberately loose about the prefix, the digit count and what follows the hyphen, so that each of those
    // problems can get its own message instead of a general "wrong format".
    private static final Pattern SHAPE =
            Pattern.compile("(\\p{IsHan})ICP备([0-9]+)号(?:-(.*))?", Pattern.CASE_INSENSITIVE);
    // Nine digits at most so that the index always fits in an int.
    private static final Pattern WEBSITE_INDEX = Pattern.compile("[1-9][0-9]{0,8}");

    private static Set<String> knownPrefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        for (ProvinceLevel province : ProvinceLevel.values()) {
            prefixes.addAll(province.icpPrefixes());
        }
        return Collections.unmodifiableSet(prefixes);
    }

    private final String prefix;
    private final String serial;
    private final Integer websiteIndex;

    private IcpNumber(String prefix, String serial, Integer websiteIndex) {
        this.prefix = prefix;
        this.serial = serial;
        this.websiteIndex = websiteIndex;
    }

    public static IcpNumber parse(String input) {
        String text = Inputs.strip(input, TYPE);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw Inputs.fail(TYPE, "format", "not shaped like 京ICP备12345678号[-1]: " + text);
        }
        String prefix = m.group(1);
        if (!KNOWN_PREFIXES.contains(prefix)) {
            throw Inputs.fail(TYPE, "unknownPrefix", "unknown province prefix " + prefix + " in " + text, prefix);
        }
        String serial = m.group(2);
        if (serial.length() < 6 || serial.length() == 9 || serial.length() > 10) {
            throw Inputs.fail(
                    TYPE,
                    "digits",
                    "expected 6 to 8 or 10 digits but got " + serial.length() + " in " + text,
                    serial.length());
        }
        String index = m.group(3);
        if (index == null) {
            return new IcpNumber(prefix, serial, null);
        }
        if (!WEBSITE_INDEX.matcher(index).matches()) {
            throw Inputs.fail(TYPE, "websiteIndex", "website index must be 1, 2, ... without leading zero: " + text);
        }
        return new IcpNumber(prefix, serial, Integer.valueOf(index));
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, IcpNumber::parse);
    }

    /** Builds the number of the {@code n}th website filed under a subject number. */
    public static IcpNumber website(IcpNumber subject, int n) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isWebsiteNumber()) {
            throw new IllegalArgumentException("expected a subject number but got website number " + subject);
        }
        if (n < 1) {
            throw Inputs.fail(TYPE, "websiteIndex", "website index must be at least 1 but was " + n);
        }
        return new IcpNumber(subject.prefix, subject.serial, n);
    }

    public String prefix() {
        return prefix;
    }

    /** The province-level division whose authority issued the number, from its prefix. */
    public ProvinceLevel province() {
        return ProvinceLevel.byIcpPrefix(prefix).orElseThrow();
    }

    /** The 6 to 8 or 10 digits between {@code ICP备} and {@code 号}. */
    public String serial() {
        return serial;
    }

    public OptionalInt websiteIndex() {
        return websiteIndex == null ? OptionalInt.empty() : OptionalInt.of(websiteIndex);
    }

    public boolean isWebsiteNumber() {
        return websiteIndex != null;
    }

    /** This number without the website suffix; the number itself when it is already a subject number. */
    public IcpNumber subjectNumber() {
        return isWebsiteNumber() ? new IcpNumber(prefix, serial, null) : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IcpNumber that
                && prefix.equals(that.prefix)
                && serial.equals(that.serial)
                && Objects.equals(websiteIndex, that.websiteIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, serial, websiteIndex);
    }

    @Override
    public String toString() {
        return prefix + "ICP备" + serial + "号" + (websiteIndex == null ? "" : "-" + websiteIndex);
    }
}
