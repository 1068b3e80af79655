package com.icpportal.values;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A check of the value types as the packaged jar runs them, without Spring: the build trims the data of ICU4J and of
 * libphonenumber's geocoder to what the portal reads (see the pom), and {@code PackagedJarIT} runs this class inside
 * the built jar to prove that what is left still parses domain names and places mobile numbers.
 *
 * <p>Each line of the standard input (UTF-8, which command-line arguments are not under every locale) is {@code
 * domain:<name>} or {@code mobile:<number>}; one line is printed for each, in UTF-8: {@code domain <name> <ascii
 * form>}, {@code mobile <number> <registered place>}, or the message key after {@code refused} when the value is
 * invalid.
 */
public final class PackagedValuesCheck {

    private PackagedValuesCheck() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String kind = line.substring(0, line.indexOf(':'));
            String value = line.substring(line.indexOf(':') + 1);
            out.println(kind + " " + value + " " + check(kind, value));
        }
    }

    private static String check(String kind, String value) {
        try {
            return switch (kind) {
                case "domain" -> DomainName.parse(value).ascii();
                case "mobile" -> MobileNumber.parse(value).location().description();
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            };
        } catch (InvalidValueException e) {
            return "refused " + e.messageKey();
        }
    }
}
