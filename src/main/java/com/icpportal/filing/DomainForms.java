package com.icpportal.filing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icpportal.values.DomainName;

/**
 * The Unicode form of a filed (ASCII) domain, as pages show it, without running IDNA on every view.
 * A lower-case ASCII name with no punycode label ({@code xn--}) is its own Unicode form: UTS #46
 * changes only such labels (and would lower-case others). The few internationalised
 * names are converted once and kept: the conversion is a pure function of the name, so the cache
 * holds the same on every node and never goes stale.
 */
final class DomainForms {

    // Bounded so that a large import cannot grow it without end; past the bound, names are converted each time.
    private static final int MAX_CACHED = 10_000;
    private static final Map<String, String> UNICODE = new ConcurrentHashMap<>();

    private DomainForms() {}

    /** The form people read of a filed name, e.g. {@code 例子.中国} for {@code xn--fsqu00a.xn--fiqs8s}. */
    static String unicode(String ascii) {
        if (plain(ascii)) {
            return ascii;
        }
        String cached = UNICODE.get(ascii);
        if (cached != null) {
            return cached;
        }
        String unicode = DomainName.parse(ascii).unicode();
        if (UNICODE.size() < MAX_CACHED) {
            UNICODE.put(ascii, unicode);
        }
        return unicode;
    }

    /** Lower-case letters, digits, hyphens and dots only, and no punycode label: UTS #46 leaves it as it is. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
                return false;
            }
        }
        return !name.startsWith("xn--") && !name.contains(".xn--");
    }
}
