package com.icpportal.document;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the file name a browser sent with an upload into one that is safe to show and to offer
 * for download: no path, no control or direction-changing characters, nothing a common file
 * system refuses, and a bounded length that keeps the extension.
 */
public final class UploadName {

    /** The longest name {@link #sanitise(String)} returns, in code points. */
    public static final int MAX_CODE_POINTS = 100;

    static final String FALLBACK = "document";

    // Longer or non-ASCII "extensions" are more likely part of the name ("报告.第二版最终稿").
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final String UNSAFE = "<>:\"/\\|?*";
    // Windows still refuses these as a name before the first dot, in any case.
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private UploadName() {}

    /**
     * A safe display name for an uploaded file.
     *
     * @param original as the browser sent it; may be {@code null}, a full path from an old browser,
     *     or anything an attacker chose
     * @return at most {@value #MAX_CODE_POINTS} code points, never empty: {@value #FALLBACK}, with the
     *     extension when there is one, if nothing usable is left
     */
    public static String sanitise(String original) {
        // Only the end is trimmed yet: a leading dot may be the only one, before the extension.
        String name = trimEnd(clean(lastSegment(original == null ? "" : original)));
        int dot = extensionDot(name);
        String extension = dot < 0 ? "" : name.substring(dot);
        String base = trim(dot < 0 ? name : name.substring(0, dot));
        if (RESERVED.matcher(base.split("\\.", 2)[0]).matches()) {
            base = "_" + base;
        }
        base = trim(truncate(base, MAX_CODE_POINTS - extension.length()));
        return (base.isEmpty() ? FALLBACK : base) + extension;
    }

    /**
     * The extension of a file name: lower case, without the dot, or {@code ""} when the name has
     * none (including a {@code null} name). Only 1 to 10 ASCII letters and digits after the last
     * dot count as an extension.
     */
    public static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = extensionDot(name);
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0
                        && EXTENSION
                                .matcher(name)
                                .region(dot + 1, name.length())
                                .matches()
                ? dot
                : -1;
    }

    // Both separators: Windows browsers used to send the whole client path, with backslashes.
    private static String lastSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String clean(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        segment.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                // Tabs, line breaks and no-break or ideographic spaces all become one plain space.
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (UNSAFE.indexOf(c) >= 0) {
                out.append('_');
            } else if (!isInvisibleControl(c)) {
                out.appendCodePoint(c);
            }
        });
        // NFC so that a name typed on a Mac (decomposed accents) reads and counts like elsewhere;
        // after the removals, which can bring a letter and its accent together.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    // Bidi overrides and marks can make "invoice\u202Egpj.exe" display as "invoiceexe.jpg".
    // A lone surrogate would be an unreadable, badly encoded name.
    private static boolean isInvisibleControl(int c) {
        return Character.isISOControl(c)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || Character.getType(c) == Character.SURROGATE;
    }

    private static String trim(String text) {
        String end = trimEnd(text);
        int start = 0;
        while (start < end.length() && isTrimmed(end.charAt(start))) {
            start++;
        }
        return end.substring(start);
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '.';
    }

    // Cut at a character boundary so neither a surrogate pair nor a letter and its accent are split.
    private static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int cut = 0;
        int count = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            count += text.codePointCount(cut, next);
            if (count > maxCodePoints) {
                break;
            }
            cut = next;
        }
        return text.substring(0, cut);
    }
}
