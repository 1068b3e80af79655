package com.icpportal.values;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal identifiers inside free text, for the audit trail and the application log: an
 * 18-character resident ID number keeps its first and last four characters, like
 * {@link ResidentIdNumber#masked()} ({@code 1101**********002X}); an 11-digit mainland mobile keeps
 * its first three and last four digits, like {@link MobileNumber#masked()} ({@code 138****5678}),
 * also when written with {@code +86} or {@code 0086} or with spaces or hyphens between the groups.
 *
 * <p>It goes by shape, not by checksum: a number that merely looks like an ID number is hidden too.
 * UUIDs are the exception: they are ids the portal made (orders, accounts, documents), never a
 * person's number, and about one in a thousand has digits shaped like a mobile, which masking
 * mangled (the audit trail then filed a row under an id that was not its entity's).
 */
public final class PersonalData {

    // 17 digits and a check character (a digit or X), not part of a longer run of digits.
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}(?:[Xx]|[0-9](?![0-9])))");
    // [+86 | 0086 | 86] 1[3-9]x xxxx xxxx, the groups optionally separated by one space or hyphen, not part of a
    // longer run of digits. By shape, so also numbers that MobileNumber refuses (unassigned segments).
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9])((?:(?:\\+|00)?86[ -]?)?1[3-9][0-9])([ -]?)[0-9]{4}([ -]?)([0-9]{4})(?![0-9])");

    // A whole token in UUID form (any case), e.g. c18e8b5b-015a-47db-a903-f14393943842: kept as it is.
    private static final Pattern UUID_TOKEN = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z])");

    private PersonalData() {}

    /**
     * The text with every resident ID number and mobile number in it masked, and every UUID in it
     * left whole; null stays null.
     */
    public static String mask(String text) {
        if (text == null || !hasDigitRun(text)) {
            return text;
        }
        Matcher uuids = UUID_TOKEN.matcher(text);
        if (!uuids.find()) {
            return maskNumbers(text);
        }
        // The text between the UUIDs is masked on its own: a number right next to a UUID is still found.
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        do {
            masked.append(maskNumbers(text.substring(from, uuids.start()))).append(uuids.group());
            from = uuids.end();
        } while (uuids.find());
        return masked.append(maskNumbers(text.substring(from))).toString();
    }

    private static String maskNumbers(String text) {
        String withoutIds = ID_NUMBER.matcher(text).replaceAll("$1**********$2");
        Matcher mobiles = MOBILE.matcher(withoutIds);
        return mobiles.replaceAll("$1$2****$3$4");
    }

    /** Cheap pre-check for the log's hot path: no run of 11 digits (allowing separators), nothing to mask. */
    private static boolean hasDigitRun(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 11) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                digits = 0;
            }
        }
        return false;
    }
}
