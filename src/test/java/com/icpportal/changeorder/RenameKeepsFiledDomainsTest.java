package com.icpportal.changeorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icpportal.account.Role;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.Filings;
import com.icpportal.support.PortalTest;
import com.icpportal.support.Sessions;
import com.icpportal.support.TestData;

/**
 * docs/domain.md, "Renames and filed domains": the rename warns that every filed domain's
 * registrant must follow; after it is approved, a later website change that keeps a filed domain
 * still registered to the former name is not refused for it, while a new domain must carry the
 * new name.
 */
@PortalTest
class RenameKeepsFiledDomainsTest {

    static final String FORMER = "北京示例科技有限公司";
    static final String RENAMED = "北京示例新科技有限公司";

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    Filings filings;

    @Autowired
    DomainRegistrations registrations;

    @Autowired
    MockMvc mvc;

    @Test
    void theRenameWarnsAndALaterWebsiteRenameKeepingTheFiledDomainIsAccepted() throws Exception {
        var applicant = testData.account("rename", Role.APPLICANT);
        Actor actor = Actor.applicant(applicant.id());
        String filed = TestData.uniqueDomain("rename");
        var filing = testData.beijingFiling(applicant, FORMER, filed);
        registrations.record(filed, FORMER, true, LocalDate.of(2030, 12, 31), "test");

        UUID rename = changeOrders.start(actor, filing.id(), ChangeType.SUBJECT_CHANGE, null);
        var current = filings.subject(filing.id()).details();
        var renamed = current.withOrganiserName(RENAMED);
        assertThat(changeOrders
                        .saveSubject(actor, rename, 0, renamed, Section.SUBJECT)
                        .isValid())
                .isTrue();
        String orderPage = mvc.perform(get("/orders/{id}", rename).session(Sessions.signIn(mvc, applicant.username())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orderPage)
                .contains("Your filed domains must follow the new name", filed, "is registered to")
                .contains("<span lang=\"zh-CN\">" + FORMER + "</span>");
        changeOrders.withdraw(
                actor,
                rename,
                changeOrders.findForApplicant(applicant.id(), rename).version(),
                null);

        // the administration approved the rename (applied as the approval applies it)
        filings.applyApprovedSubjectChange(filing.id(), renamed, "TEST-RENAME", Instant.now());

        var website = filings.subject(filing.id()).websites().get(0);
        UUID websiteChange = changeOrders.start(actor, filing.id(), ChangeType.WEBSITE_CHANGE, website.id());
        var kept = changeOrders.saveWebsite(
                actor, websiteChange, 0, website.details().withName("新名称的网站"), List.of(filed), Section.DOMAINS);
        assertThat(kept.violations()).isEmpty();

        String added = TestData.uniqueDomain("rename-new");
        registrations.record(added, FORMER, true, LocalDate.of(2030, 12, 31), "test");
        var refused = changeOrders.saveWebsite(
                actor,
                websiteChange,
                changeOrders.findForApplicant(applicant.id(), websiteChange).version(),
                website.details().withName("新名称的网站"),
                List.of(filed, added),
                Section.DOMAINS);
        assertThat(refused.violations())
                .extracting(Violation::fieldKey, Violation::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("domains[1].name", "validation.domain.registrantMismatch"));
    }
}
