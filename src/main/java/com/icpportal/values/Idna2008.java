package com.icpportal.values;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * The IDNA2008 derived property of a code point (RFC 5892, section 3), computed from the Unicode properties of ICU4J.
 *
 * <p>UTS #46, which ICU implements, accepts more than IDNA2008 for compatibility with IDNA2003: symbols and emoji
 * (♥, ☃, €) are valid there. Domain registries follow IDNA2008, so a name is only accepted when every code point of
 * its labels is PVALID, or CONTEXTJ/CONTEXTO and passes ICU's context checks.
 */
final class Idna2008 {

    /** The outcome of RFC 5892's algorithm, reduced to what the portal needs to tell apart. */
    enum Status {
        PVALID,
        CONTEXTJ,
        CONTEXTO,
        DISALLOWED,
        UNASSIGNED
    }

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Idna2008() {}

    static Status status(int cp) {
        Status exception = exception(cp);
        if (exception != null) {
            return exception;
        }
        int category = UCharacter.getType(cp);
        if (category == UCharacterCategory.UNASSIGNED
                && !UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)) {
            return Status.UNASSIGNED;
        }
        if (cp == '-' || (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z')) {
            return Status.PVALID;
        }
        if (cp == 0x200C || cp == 0x200D) {
            return Status.CONTEXTJ;
        }
        if (unstable(cp)
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)
                || UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)
                || ignorableBlock(cp)
                || oldHangulJamo(cp)) {
            return Status.DISALLOWED;
        }
        return switch (category) {
            case UCharacterCategory.LOWERCASE_LETTER,
                    UCharacterCategory.UPPERCASE_LETTER,
                    UCharacterCategory.OTHER_LETTER,
                    UCharacterCategory.DECIMAL_DIGIT_NUMBER,
                    UCharacterCategory.MODIFIER_LETTER,
                    UCharacterCategory.NON_SPACING_MARK,
                    UCharacterCategory.COMBINING_SPACING_MARK -> Status.PVALID;
            default -> Status.DISALLOWED;
        };
    }

    /** Whether the code point is a symbol (general category S*), the kind UTS #46 accepts and IDNA2008 does not. */
    static boolean isSymbol(int cp) {
        int category = UCharacter.getType(cp);
        return category == UCharacterCategory.MATH_SYMBOL
                || category == UCharacterCategory.CURRENCY_SYMBOL
                || category == UCharacterCategory.MODIFIER_SYMBOL
                || category == UCharacterCategory.OTHER_SYMBOL;
    }

    /** RFC 5892 section 2.6, table F. */
    private static Status exception(int cp) {
        return switch (cp) {
            case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007 -> Status.PVALID;
            case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB -> Status.CONTEXTO;
            case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B -> Status.DISALLOWED;
            default -> (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9) ? Status.CONTEXTO : null;
        };
    }

    /** RFC 5892 section 2.2: changed by NFKC, case folding and NFKC again. */
    private static boolean unstable(int cp) {
        String original = new String(Character.toChars(cp));
        String folded = NFKC.normalize(UCharacter.foldCase(NFKC.normalize(original), true));
        return !folded.equals(original);
    }

    /** RFC 5892 section 2.4. */
    private static boolean ignorableBlock(int cp) {
        return (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0x1D100 && cp <= 0x1D1FF) || (cp >= 0x1D200 && cp <= 0x1D24F);
    }

    /** RFC 5892 section 2.9: conjoining jamo, which only NFC may combine into syllables. */
    private static boolean oldHangulJamo(int cp) {
        int type = UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE);
        return type == UCharacter.HangulSyllableType.LEADING_JAMO
                || type == UCharacter.HangulSyllableType.VOWEL_JAMO
                || type == UCharacter.HangulSyllableType.TRAILING_JAMO;
    }
}
