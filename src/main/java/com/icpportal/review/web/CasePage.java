package com.icpportal.review.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.PortalUser;
import com.icpportal.account.Role;
import com.icpportal.changeorder.AnswerRow;
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.ProposalComparison;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.Documents;
import com.icpportal.filing.Filings;
import com.icpportal.filing.RetiredDomainView;
import com.icpportal.province.Provinces;
import com.icpportal.province.VerificationChannel;
import com.icpportal.review.ContactLog;
import com.icpportal.values.DomainName;

/** What the case page shows, for the controllers that render it (the case itself, and forms shown again with errors). */
@Component
class CasePage {

    private final ChangeOrders changeOrders;
    private final ContactLog contactLog;
    private final ProposalComparison comparison;
    private final BackdropRequests backdrops;
    private final Documents documents;
    private final Accounts accounts;
    private final Provinces provinces;
    private final Filings filings;

    /** An earlier version of the filing this order changes, with the values that identify it. */
    record HistoryLine(
            int versionNo, Instant validFrom, Instant validTo, String changeReference, List<String> values) {}

    CasePage(
            ChangeOrders changeOrders,
            ContactLog contactLog,
            ProposalComparison comparison,
            BackdropRequests backdrops,
            Documents documents,
            Accounts accounts,
            Provinces provinces,
            Filings filings) {
        this.filings = filings;
        this.changeOrders = changeOrders;
        this.contactLog = contactLog;
        this.comparison = comparison;
        this.backdrops = backdrops;
        this.documents = documents;
        this.accounts = accounts;
        this.provinces = provinces;
    }

    /** Adds the case to the model; returns the overview it was built from. */
    OrderOverview addCase(PortalUser user, UUID orderId, Model model, Locale locale) {
        OrderOverview overview = changeOrders.overviewForStaff(orderId);
        List<AnswerRow> rows = comparison.rows(overview, locale);
        List<TransitionView> timeline = new ArrayList<>(overview.order().timeline());
        Collections.reverse(timeline);
        model.addAttribute("order", overview.order());
        model.addAttribute("filing", overview.filing());
        model.addAttribute(
                "province", provinces.find(overview.filing().provinceCode()).orElseThrow());
        model.addAttribute("rows", rows);
        model.addAttribute("documents", overview.documents());
        model.addAttribute("timeline", timeline);
        model.addAttribute("calls", contactLog.calls(orderId));
        model.addAttribute("unreachable", contactLog.unreachable(orderId));
        model.addAttribute(
                "assignee",
                overview.order().assigneeId() == null
                        ? null
                        : accounts.findById(overview.order().assigneeId())
                                .map(AccountView::displayName)
                                .orElse(null));
        model.addAttribute("mine", user.id().equals(overview.order().assigneeId()));
        model.addAttribute("reviewers", accounts.withRole(Role.REVIEWER));
        model.addAttribute(
                "admin",
                user.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN")));
        model.addAttribute("backdrop", backdrops.latest(orderId).orElse(null));
        model.addAttribute("photo", documents.attachedTo(orderId.toString()).get(DocumentKind.VERIFICATION_PHOTO));
        model.addAttribute(
                "appChannel",
                overview.order().rules() != null
                        && overview.order().rules().verificationChannel() == VerificationChannel.APP);
        addHistory(overview, model);
        if (!model.containsAttribute("photoReview")) {
            model.addAttribute("photoReview", PhotoReviewForm.empty());
        }
        return overview;
    }

    /** The earlier versions of the subject or website the order changes, and the domains retired from it. */
    private void addHistory(OrderOverview overview, Model model) {
        List<HistoryLine> history;
        List<RetiredDomainView> retired = List.of();
        if (overview.order().type() == ChangeType.SUBJECT_CHANGE) {
            history = filings.subjectHistory(overview.order().subjectId()).stream()
                    .map(version -> new HistoryLine(
                            version.versionNo(),
                            version.validFrom(),
                            version.validTo(),
                            version.changeReference(),
                            List.of(
                                    version.details().organiserName(),
                                    version.details().address(),
                                    version.details().principal().name())))
                    .toList();
        } else {
            UUID websiteId = overview.order().websiteId();
            history = filings.websiteHistory(websiteId).stream()
                    .map(version -> {
                        List<String> values = new ArrayList<>();
                        values.add(version.details().name());
                        version.domains()
                                .forEach(domain ->
                                        values.add(DomainName.parse(domain).unicode()));
                        return new HistoryLine(
                                version.versionNo(),
                                version.validFrom(),
                                version.validTo(),
                                version.changeReference(),
                                values);
                    })
                    .toList();
            retired = filings.retiredDomains(websiteId);
        }
        model.addAttribute("history", history);
        model.addAttribute("retiredDomains", retired);
    }
}
