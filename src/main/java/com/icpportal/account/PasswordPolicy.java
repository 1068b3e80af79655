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

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 characters, at most 256, no composition
 * rules, not one of the 10,000 most common passwords, and not the person's username, name or email.
 * Lengths count Unicode code points, so a Chinese passphrase counts its characters, not its bytes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** Names shorter than this are not looked for inside a password: "li" would refuse far too much. */
    private static final int MIN_PERSONAL_PART = 4;

    static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    private final Set<String> common;

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
        }
        return problems;
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
