package com.icpportal.changeorder.internal;

import static com.icpportal.changeorder.internal.ProposalValidatorTest.ORGANISER;
import static com.icpportal.changeorder.internal.ProposalValidatorTest.TODAY;
import static com.icpportal.changeorder.internal.ProposalValidatorTest.WEBSITE;
import static com.icpportal.changeorder.internal.ProposalValidatorTest.WEBSITE_DETAILS;
import static com.icpportal.changeorder.internal.ProposalValidatorTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.icpportal.changeorder.Violation;
import com.icpportal.filing.SubjectType;

/** A registration that has already expired is said to have expired, not to "expire on" a past day. */
class DomainExpiryWordsTest {

    @Test
    void anExpiredRegistrationAndOneExpiringSoonAreToldApart() {
        var context = new ValidationContext(
                TODAY,
                "110000",
                SubjectType.ENTERPRISE,
                ORGANISER,
                List.of(),
                WEBSITE,
                2,
                Set.of("cn"),
                Set.of(),
                Set.of("UNIT_PORTAL"),
                Set.of(),
                Map.of(
                        "expired.cn", record("expired.cn", ORGANISER, true, TODAY.minusMonths(2)),
                        "soon.cn", record("soon.cn", ORGANISER, true, TODAY.plusMonths(2))),
                Map.of(),
                false,
                code -> true,
                Set.of());

        var violations = ProposalValidator.validateWebsite(WEBSITE_DETAILS, List.of("expired.cn", "soon.cn"), context)
                .violations();

        assertThat(violations)
                .extracting(Violation::fieldKey, Violation::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("domains[0].name", "validation.domain.expired"),
                        org.assertj.core.groups.Tuple.tuple("domains[1].name", "validation.domain.expiresSoon"));
        assertThat(violations)
                .filteredOn(violation -> violation.fieldKey().equals("domains[0].name"))
                .extracting(Violation::messageKey)
                .doesNotContain("validation.domain.expiresSoon");
    }

    @Test
    void theDomainLimitIsSaidInTheSingularForOne() throws Exception {
        var english = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        String tooMany = english.getProperty("validation.domain.tooMany");
        assertThat(java.text.MessageFormat.format(tooMany, 1))
                .isEqualTo("This province allows at most one domain per website");
        assertThat(java.text.MessageFormat.format(tooMany, 3))
                .isEqualTo("This province allows at most 3 domains per website");
        assertThat(java.text.MessageFormat.format(english.getProperty("form.domains.lead"), 1))
                .startsWith("This province allows one domain per website.");
    }
}
