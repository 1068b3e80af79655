package com.icpportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core in the real browser: a page may have not one violation of serious or critical impact,
 * under every rule axe-core runs by default (WCAG 2.0 to 2.2, A and AA, and its best practices).
 * The impact is read per element, not only per rule, and a run that checked nothing or failed is
 * not taken as a pass.
 */
public final class Accessibility {

    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private Accessibility() {}

    public static void assertNoSeriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored())
                .as("axe-core failed on " + browser.getCurrentUrl() + ": " + results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("rules axe-core checked and passed").isNotEmpty();
        List<String> serious = results.getViolations().stream()
                .filter(Accessibility::serious)
                .map(Accessibility::describe)
                .toList();
        assertThat(serious)
                .as("serious or critical axe-core violations on " + browser.getCurrentUrl())
                .isEmpty();
    }

    private static boolean serious(Rule rule) {
        return SERIOUS.contains(rule.getImpact())
                || rule.getNodes().stream().map(CheckedNode::getImpact).anyMatch(SERIOUS::contains);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
