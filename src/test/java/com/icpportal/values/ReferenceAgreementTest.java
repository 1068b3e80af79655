package com.icpportal.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Runs the value types over the reference test set (src/test/resources/reference/, made by
 * tools/reference-data/value-types/generate.py from independent references) and prints how often they agree. Each type must agree
 * on at least 99.5 % of the rows without a policy; rows with a policy id must get the verdict documented in
 * policies.csv.
 */
class ReferenceAgreementTest {

    private static final double REQUIRED = 99.5;
    private static final Map<String, String> POLICY_VERDICTS = ReferenceCsv.read("policies.csv").stream()
            .collect(Collectors.toMap(row -> row.get("type") + "/" + row.get("id"), row -> row.get("portal")));

    /** What the portal makes of one input: its canonical form, or null when refused. */
    private record Verdict(String form, String key) {
        boolean valid() {
            return form != null;
        }

        static Verdict of(Function<String, String> parse, String input) {
            try {
                return new Verdict(parse.apply(input), null);
            } catch (InvalidValueException e) {
                return new Verdict(null, e.messageKey());
            }
        }
    }

    @Test
    void domains() {
        agree("domains", "ascii", input -> DomainName.parse(input).ascii());
    }

    @Test
    void mobiles() {
        List<Map<String, String>> rows =
                agree("mobiles", "national", input -> MobileNumber.parse(input).value());
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (!row.get("valid").equals("valid") || !MobileNumber.isValid(row.get("input"))) {
                continue;
            }
            compared++;
            String found = MobileNumber.parse(row.get("input"))
                    .location()
                    .provinceCode()
                    .orElse("");
            if (!found.equals(row.get("province"))) {
                differences.add(row.get("national") + ": " + row.get("province") + " vs " + found);
            }
        }
        print("mobiles (registered province)", compared - differences.size(), compared, differences);
        assertThat(percent(compared - differences.size(), compared)).isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void icpNumbers() {
        agree("icp-numbers", "form", input -> IcpNumber.parse(input).toString());
    }

    @Test
    void residentIds() {
        LocalDate today = ReferenceCsv.generatedOn("resident-ids.csv");
        List<Map<String, String>> rows = agree(
                "resident-ids",
                "form",
                input -> ResidentIdNumber.parse(input, today).value());
        stdnum(
                "resident-ids",
                rows,
                input -> ResidentIdNumber.parse(input, today).value());
    }

    @Test
    void creditCodes() {
        List<Map<String, String>> rows = agree(
                "credit-codes", "form", input -> SocialCreditCode.parse(input).value());
        stdnum("credit-codes", rows, input -> SocialCreditCode.parse(input).value());
    }

    /** Compares every row with the reference's verdict and form; checks the policy rows; returns the rows. */
    private static List<Map<String, String>> agree(String type, String formColumn, Function<String, String> parse) {
        List<Map<String, String>> rows = ReferenceCsv.read(type + ".csv");
        int counted = 0;
        int agreed = 0;
        int policyRows = 0;
        List<String> differences = new ArrayList<>();
        List<String> policyBreaches = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String input = row.get("input");
            Verdict verdict = Verdict.of(parse, input);
            String policy = row.get("policy");
            if (!policy.isEmpty()) {
                policyRows++;
                String expected = POLICY_VERDICTS.get(type + "/" + policy);
                assertThat(expected).as("policy " + policy + " of " + type).isNotNull();
                if (verdict.valid() != expected.equals("valid")) {
                    policyBreaches.add(describe(input) + " (" + policy + ")");
                }
                continue;
            }
            counted++;
            boolean referenceValid = row.get("valid").equals("valid");
            boolean same =
                    referenceValid ? verdict.valid() && verdict.form().equals(row.get(formColumn)) : !verdict.valid();
            if (same) {
                agreed++;
            } else {
                differences.add(describe(input) + ": reference " + row.get("valid") + " " + row.get(formColumn)
                        + ", portal " + (verdict.valid() ? "valid " + verdict.form() : verdict.key()));
            }
        }
        print(type, agreed, counted, differences);
        System.out.printf(
                Locale.ROOT,
                "%s: %d rows under a documented policy, %d not as documented%n",
                type,
                policyRows,
                policyBreaches.size());
        assertThat(policyBreaches).as(type + " rows not as their policy says").isEmpty();
        assertThat(percent(agreed, counted)).as(type + " agreement").isGreaterThanOrEqualTo(REQUIRED);
        return rows;
    }

    /** Prints how often python-stdnum agrees with the portal; not a gate, its known errors are in docs/validation.md. */
    private static void stdnum(String type, List<Map<String, String>> rows, Function<String, String> parse) {
        int agreed = 0;
        Map<String, Integer> disagreements = new java.util.TreeMap<>();
        for (Map<String, String> row : rows) {
            Verdict verdict = Verdict.of(parse, row.get("input"));
            boolean stdnumValid = row.get("stdnum").equals("true");
            if (stdnumValid == verdict.valid()) {
                agreed++;
            } else {
                String why =
                        verdict.valid() ? "portal accepts, stdnum refuses" : "stdnum accepts, portal: " + verdict.key();
                disagreements.merge(why, 1, Integer::sum);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s vs python-stdnum: %,d/%,d agree (%.1f %%); %s%n",
                type,
                agreed,
                rows.size(),
                percent(agreed, rows.size()),
                disagreements);
    }

    private static void print(String type, int agreed, int counted, List<String> differences) {
        System.out.printf(
                Locale.ROOT, "%s: %,d/%,d agree (%.1f %%)%n", type, agreed, counted, percent(agreed, counted));
        differences.stream().limit(40).forEach(d -> System.out.println("  differs: " + d));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    /** The input with invisible and unusual characters spelled out, so the printed differences can be read. */
    private static String describe(String input) {
        StringBuilder out = new StringBuilder();
        input.codePoints().forEach(cp -> {
            if (cp < 0x20
                    || (cp >= 0x7F && cp < 0xA0)
                    || Character.getType(cp) == Character.FORMAT
                    || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return "[" + out + "]";
    }
}
