package com.icpportal.values;

import java.util.Locale;
import java.util.Map;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation or business, made of
 * digits and capital letters other than I, O, S, V and Z:
 *
 * <ol>
 *   <li>character 1, the registration authority (登记管理部门), and character 2, the organisation type (机构类别),
 *       from the table in {@link #TYPES_BY_AUTHORITY};
 *   <li>characters 3 to 8, the region code (GB/T 2260) of the registering authority: six digits starting with a
 *       province-level code, or {@code 100000} for authorities of the State Council (e.g. {@code 511000005000...}
 *       for national associations registered by the Ministry of Civil Affairs);
 *   <li>characters 9 to 17, the organisation code (组织机构代码, GB 11714-1997), whose last character is its own check
 *       character;
 *   <li>character 18, the check character over the first 17 (GB 32100, from GB/T 17710).
 * </ol>
 *
 * Whether the region code names a division that exists is for the caller that holds the divisions.
 */
public record SocialCreditCode(String value) {

    /**
     * The organisation types allowed after each registration authority. GB 32100-2015 as published lists 1 机构编制,
     * 5 民政, 9 工商 and Y 其他; the authorities 2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室
     * and N 农业 were assigned afterwards by the code's administration and are issued, so they are accepted too.
     */
    public static final Map<Character, String> TYPES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"), // 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
            Map.entry('2', "19"), // 外国常驻新闻机构, 其他
            Map.entry('3', "123459"), // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"), // 外国在华文化中心, 其他
            Map.entry('5', "1239"), // 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"), // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
            Map.entry('7', "129"), // 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"), // 基层工会, 其他
            Map.entry('9', "123"), // 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"), // 军队事业单位, 其他
            Map.entry('N', "1239"), // 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1")); // not divided further

    private static final String TYPE = "socialCreditCode";
    // A character's value is its index here.
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    // GB 11714: weights of the eight body characters of the organisation code; letters count 10 (A) to 35 (Z).
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String NATIONAL_REGION = "100000";

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

    /** The six-digit region code of the registering authority (characters 3 to 8). */
    public String regionCode() {
        return value.substring(2, 8);
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
        char authority = code.charAt(0);
        char category = code.charAt(1);
        String types = TYPES_BY_AUTHORITY.get(authority);
        if (types == null) {
            throw Inputs.fail(TYPE, "authority", "no registration authority " + authority, String.valueOf(authority));
        }
        if (types.indexOf(category) < 0) {
            throw Inputs.fail(
                    TYPE,
                    "category",
                    "authority " + authority + " has no organisation type " + category,
                    String.valueOf(category),
                    String.valueOf(authority));
        }
        String region = code.substring(2, 8);
        if (!region.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Inputs.fail(TYPE, "regionLetters", "letters in the region code " + region, region);
        }
        if (ProvinceLevel.byTwoDigits(region.substring(0, 2)).isEmpty() && !region.equals(NATIONAL_REGION)) {
            throw Inputs.fail(TYPE, "region", "no province-level division for region code " + region, region);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int expected = (31 - sum % 31) % 31;
        if (code.charAt(17) != ALPHABET.charAt(expected)) {
            throw Inputs.fail(TYPE, "checksum", "check character does not match, masked " + Inputs.mask(code, 4, 4));
        }
        // Reached only when the whole code's check character matches: the organisation code was not issued so.
        if (code.charAt(16) != organisationCheck(code.substring(8, 16))) {
            throw Inputs.fail(
                    TYPE,
                    "organisationCode",
                    "organisation code check character does not match",
                    code.substring(8, 17));
        }
        return code;
    }

    /** The GB 11714 check character of an organisation code's eight body characters. */
    private static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            char c = body.charAt(i);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
