package com.icpportal.values;

import java.util.Locale;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100) of an organisation or business, made of
 * digits and capital letters other than I, O, S, V and Z; the last character is a check character.
 */
public record SocialCreditCode(String value) {

    private static final String TYPE = "socialCreditCode";
    // A character's value is its index here.
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Validates and normalises like {@link #parse(String)}, so no invalid instance can exist. */
    public SocialCreditCode {
        value = check(value);
    }

    public static SocialCreditCode parse(String input) {
        return new SocialCreditCode(input);
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, SocialCreditCode::parse);
    }

    /** The code with all but the first and last four characters hidden, e.g. {@code 9135**********0Y43}. */
    public String masked() {
        return Inputs.mask(value, 4, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String input) {
        String code = Inputs.strip(input, TYPE).toUpperCase(Locale.ROOT);
        if (code.length() != 18 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw Inputs.fail(
                    TYPE, "format", "expected 18 characters from " + ALPHABET + " (" + code.length() + " characters)");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int expected = (31 - sum % 31) % 31;
        if (code.charAt(17) != ALPHABET.charAt(expected)) {
            throw Inputs.fail(TYPE, "checksum", "check character does not match, masked " + Inputs.mask(code, 4, 4));
        }
        return code;
    }
}
