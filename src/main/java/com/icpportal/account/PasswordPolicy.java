package com.icpportal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 characters, at most 256, no composition
 * rules, not one of the 10,000 most common passwords, not the person's username, name or email, and
 * hard to guess by the zxcvbn estimator (zxcvbn4j), which is given the person's own data as hints.
 * The length rule alone accepted twelve spaces, {@code aaaaaaaaaaaa}, {@code 123456789012} and
 * {@code password1234}; the estimator sees repeats, sequences, keyboard rows, dates and words.
 * Lengths count Unicode code points, so a Chinese passphrase counts its characters, not its bytes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** Names shorter than this are not looked for inside a password: "li" would refuse far too much. */
    private static final int MIN_PERSONAL_PART = 4;

    /**
     * zxcvbn's score from 0 to 4; 3 means about 10^8 guesses or more ("safely unguessable" against an
     * online attack and slowing an offline one against a slow hash like bcrypt).
     */
    static final int MIN_SCORE = 3;

    /** Words anyone attacking this portal would try first. */
    private static final List<String> SITE_WORDS = List.of("icp", "portal", "beian", "备案", "filing");

    static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    private final Set<String> common;
    private final Zxcvbn estimator = new Zxcvbn();

    PasswordPolicy() {
        this.common = load();
    }

    /** Message keys of everything wrong with the password; empty when it is acceptable. */
    public List<String> problems(String password, String username, String displayName, String email) {
        List<String> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add(candidate.isEmpty() ? "account.password.missing" : "account.password.tooShort");
            return problems;
        }
        if (length > MAX_LENGTH) {
            problems.add("account.password.tooLong");
            return problems;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            problems.add("account.password.common");
        } else if (containsPersonal(lower, username, displayName, email)) {
            problems.add("account.password.personal");
        } else {
            Strength strength = estimator.measure(candidate, hints(username, displayName, email));
            if (strength.getScore() < MIN_SCORE) {
                problems.add(weakness(strength.getSequence()));
            }
            strength.wipe();
        }
        return problems;
    }

    /** The person's own data, whole and in words, for the estimator to find inside the password. */
    private static List<String> hints(String... personal) {
        List<String> hints = new ArrayList<>(SITE_WORDS);
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String lower = value.strip().toLowerCase(Locale.ROOT);
            hints.add(lower);
            for (String word : lower.split("[\\s@._+-]+")) {
                if (word.length() >= 2) {
                    hints.add(word);
                }
            }
        }
        return hints;
    }

    /**
     * The message for the longest guessable part the estimator found: each says why the password is
     * easy to guess and how to pick a better one.
     */
    private static String weakness(List<Match> sequence) {
        Match longest = null;
        for (Match match : sequence) {
            if (match.pattern != Pattern.Bruteforce
                    && (longest == null || match.tokenLength() > longest.tokenLength())) {
                longest = match;
            }
        }
        if (longest == null) {
            return "account.password.weak";
        }
        return switch (longest.pattern) {
            case Repeat -> "account.password.weak.repeat";
            case Sequence -> "account.password.weak.sequence";
            case Spatial -> "account.password.weak.keyboard";
            case Date -> "account.password.weak.date";
            case Regex ->
                "recent_year".equals(longest.regexName) ? "account.password.weak.date" : "account.password.weak";
            case Dictionary ->
                switch (String.valueOf(longest.dictionaryName)) {
                    case "user_inputs" -> "account.password.personal";
                    case "passwords" -> "account.password.common";
                    default -> "account.password.weak.words";
                };
            default -> "account.password.weak";
        };
    }

    int commonCount() {
        return common.size();
    }

    /**
     * The username, the display name, the email and its part before the @ are refused anywhere in the
     * password (case-insensitive), when they are long enough to mean something.
     */
    private static boolean containsPersonal(String lowerPassword, String... personal) {
        for (String value : personal) {
            if (value == null) {
                continue;
            }
            String lower = value.strip().toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>(List.of(lower, lower.replace(" ", "")));
            int at = lower.indexOf('@');
            if (at > 0) {
                parts.add(lower.substring(0, at));
            }
            for (String part : parts) {
                if (part.codePointCount(0, part.length()) >= MIN_PERSONAL_PART && lowerPassword.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
        return words;
    }
}
