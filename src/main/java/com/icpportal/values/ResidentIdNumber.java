package com.icpportal.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An 18-character resident ID number (公民身份号码, GB 11643-1999): a six-digit address code (GB/T 2260), the date of
 * birth, a three-digit sequence number and a check character, which is a digit or {@code X}.
 *
 * <p>Checked here: the shape, that the address code starts with a province-level code ({@link ProvinceLevel}, or
 * {@code 83} of the residence permits for Taiwan residents, which follow GB 11643), that the birth date is a real
 * date from 1900 on and not in the future, and the ISO 7064 MOD 11-2 check character. Whether the full address code
 * names a division that exists or existed is for the caller that holds the divisions.
 *
 * <p>{@link #toString()} gives the full number; use {@link #masked()} when writing to logs.
 */
public record ResidentIdNumber(String value) {

    /** The portal's calendar day: births are compared with the date in China, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String TYPE = "residentId";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    // Indexed by the weighted sum mod 11.
    private static final String CHECK_CHARACTERS = "10X98765432";
    // STRICT with 'uuuu' so that 19990230 is rejected instead of being moved to the 28th.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // No one alive was born earlier; the upper bound only keeps the constructor clock-free (parse compares with today).
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    // 港澳台居民居住证 numbers follow GB 11643 with the address codes 810000, 820000 and 830000 (Taiwan).
    private static final String TAIWAN_RESIDENCE_PERMIT = "83";

    /**
     * Validates and normalises everything that does not depend on the day: all of {@link #parse(String)} except that
     * the birth date may lie after today (up to 2099). Use {@code parse} for what a person typed.
     */
    public ResidentIdNumber {
        value = check(value);
    }

    /** Parses a number typed today, by the calendar in China. */
    public static ResidentIdNumber parse(String input) {
        return parse(input, LocalDate.now(CHINA));
    }

    /** Parses a number, refusing a birth date after {@code today}. */
    public static ResidentIdNumber parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        ResidentIdNumber id = new ResidentIdNumber(input);
        if (id.birthDate().isAfter(today)) {
            throw Inputs.fail(TYPE, "futureBirth", "birth date after " + today);
        }
        return id;
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, ResidentIdNumber::parse);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /** The six-digit address code (GB/T 2260) of the place where the number was first issued. */
    public String regionCode() {
        return value.substring(0, 6);
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
        String province = id.substring(0, 2);
        if (ProvinceLevel.byTwoDigits(province).isEmpty() && !province.equals(TAIWAN_RESIDENCE_PERMIT)) {
            throw Inputs.fail(TYPE, "region", "no province-level division has code " + province, province);
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
