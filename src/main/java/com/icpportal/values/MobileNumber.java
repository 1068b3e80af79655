package com.icpportal.values;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A mobile number of the Chinese mainland, held as its 11 digits (e.g. {@code 13812345678}), the form stored since
 * the portal began.
 *
 * <p>Input may start with {@code +86}, {@code 0086} or {@code 86}, may separate digit groups with single spaces or
 * hyphens, and may be typed in full-width digits. Whether the number is a mobile number in use follows China's
 * numbering plan as kept in Google's libphonenumber (region CN, type MOBILE): unassigned segments such as 140 or 154
 * are refused, and so are the data-only segments 146, 148 and 149, whose cards need not receive the text messages
 * the filing procedure sends. {@link #location()} gives where the number is registered.
 */
public record MobileNumber(String value) {

    private static final String TYPE = "mobileNumber";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;
    // Digits in groups, optionally after a '+': letters, brackets and extensions are left out on purpose, since
    // libphonenumber would read them (1-800-FLOWERS) where a person has most likely mistyped.
    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9]+(?:[ -][0-9]+)*");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("1[0-9]{10}");
    // Data-only (IoT and data card) segments: refused whatever the numbering-plan data says, see the class comment.
    private static final Set<String> DATA_ONLY = Set.of("146", "148", "149");

    /** Validates and normalises like {@link #parse(String)}, so no invalid instance can exist. */
    public MobileNumber {
        value = check(value);
    }

    public static MobileNumber parse(String input) {
        return new MobileNumber(input);
    }

    public static boolean isValid(String input) {
        return Inputs.parses(input, MobileNumber::parse);
    }

    /** The number with the middle four digits hidden, e.g. {@code 138****5678}. */
    public String masked() {
        return Inputs.mask(value, 3, 4);
    }

    /**
     * Where the number is registered, from libphonenumber's offline geocoder: 18612345678 is registered in 北京市,
     * 13812345678 in 江苏省连云港市. Numbers of virtual operators (170, 171...) and some new segments give only 中国,
     * an unknown province.
     */
    public MobileLocation location() {
        return MobileLocation.of(this);
    }

    /** The number as libphonenumber holds it. */
    PhoneNumber phoneNumber() {
        return new PhoneNumber().setCountryCode(CHINA).setNationalNumber(Long.parseLong(value));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String input) {
        // NFKC turns full-width digits, plus and hyphen-minus, which Chinese input methods type, into ASCII.
        String text = Normalizer.normalize(Inputs.strip(input, TYPE), Normalizer.Form.NFKC);
        // No number in the details: exception messages end up in logs.
        if (!SHAPE.matcher(text).matches()) {
            throw Inputs.fail(TYPE, "format", "not digits in groups, optionally after +86");
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(text, "CN");
        } catch (NumberParseException e) {
            throw Inputs.fail(TYPE, "format", "not a phone number: " + e.getErrorType());
        }
        if (number.getCountryCode() != CHINA) {
            throw Inputs.fail(
                    TYPE, "notMainland", "country code +" + number.getCountryCode(), "+" + number.getCountryCode());
        }
        String digits = PHONES.getNationalSignificantNumber(number);
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            PhoneNumberType type = PHONES.getNumberType(number);
            if (type == PhoneNumberType.FIXED_LINE) {
                throw Inputs.fail(TYPE, "landline", "a fixed-line number");
            }
            throw Inputs.fail(TYPE, "format", "expected 11 digits starting with 1 (" + digits.length() + " digits)");
        }
        String segment = digits.substring(0, 3);
        if (DATA_ONLY.contains(segment)) {
            throw Inputs.fail(TYPE, "dataOnly", "data-only segment " + segment, segment);
        }
        PhoneNumberType type = PHONES.getNumberType(number);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw Inputs.fail(TYPE, "unassigned", "segment " + segment + " is not assigned to mobiles", segment);
        }
        return digits;
    }
}
