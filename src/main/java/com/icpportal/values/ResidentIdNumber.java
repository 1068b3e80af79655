package com.icpportal.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * An 18-character resident ID number (居民身份证号码, GB 11643): 17 digits and a check character, which is a digit
 * or {@code X}. Characters 7 to 14 are the holder's date of birth.
 *
 * <p>{@link #toString()} gives the full number; use {@link #masked()} when writing to logs.
 */
public record ResidentIdNumber(String value) {

    private static final String TYPE = "residentId";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    // Indexed by the weighted sum mod 11.
    private static final String CHECK_CHARACTERS = "10X98765432";
    // STRICT with 'uuuu' so that 19990230 is rejected instead of being moved to the 28th.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // A fixed window instead of "not in the future", so that parsing does not depend on the clock.
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** Validates and normalises like {@link #parse(String)}, so no invalid instance can exist. */
    public ResidentIdNumber {
        value = check(value);
    }

    public static ResidentIdNumber parse(String input) {
        return new ResidentIdNumber(input);
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, ResidentIdNumber::parse);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /** The number with all but the first and last four characters hidden, e.g. {@code 1101**********002X}. */
    public String masked() {
        return Inputs.mask(value, 4, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String input) {
        String id = Inputs.strip(input, TYPE).replace('x', 'X');
        // The details never contain the number itself: exception messages end up in logs.
        if (!SHAPE.matcher(id).matches()) {
            throw Inputs.fail(TYPE, "format", "expected 17 digits and a digit or X (" + id.length() + " characters)");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw Inputs.fail(TYPE, "birthDate", "characters 7-14 are not a calendar date");
        }
        if (birthDate.isBefore(EARLIEST) || birthDate.isAfter(LATEST)) {
            throw Inputs.fail(TYPE, "birthDate", "birth date outside " + EARLIEST + ".." + LATEST);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        if (id.charAt(17) != CHECK_CHARACTERS.charAt(sum % 11)) {
            throw Inputs.fail(TYPE, "checksum", "check character does not match, masked " + Inputs.mask(id, 4, 4));
        }
        return id;
    }
}
