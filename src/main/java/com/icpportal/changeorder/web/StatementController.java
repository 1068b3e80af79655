package com.icpportal.changeorder.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.document.AuthenticityStatement;
import com.icpportal.document.StatementData;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;

/** The authenticity commitment, filled in with the order's proposal, to be signed and uploaded back. */
@Controller
@ApplicantOrderPages
class StatementController {

    private final OrderPages pages;
    private final AuthenticityStatement statement;
    private final Clock clock;

    StatementController(OrderPages pages, AuthenticityStatement statement, Clock clock) {
        this.pages = pages;
        this.statement = statement;
        this.clock = clock;
    }

    @GetMapping("/orders/{orderId}/statement")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal PortalUser user, @PathVariable UUID orderId, Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        byte[] pdf = statement.render(data(overview), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("authenticity-statement-"
                                        + overview.order().reference() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    private StatementData data(OrderOverview overview) {
        ChangeOrderView order = overview.order();
        FiledSubject filing = overview.filing();
        SubjectDetails subject = order.type() == ChangeType.SUBJECT_CHANGE ? order.proposedSubject() : filing.details();
        Principal principal = order.type() == ChangeType.SUBJECT_CHANGE
                ? subject.principal()
                : order.proposedWebsite().principal();
        List<StatementData.Website> websites = order.type() == ChangeType.SUBJECT_CHANGE
                ? filing.websites().stream()
                        .map(website -> new StatementData.Website(
                                website.details().name(), website.icpNumber(), website.domains()))
                        .toList()
                : filing.websites().stream()
                        .filter(website -> website.id().equals(order.websiteId()))
                        .map(website -> new StatementData.Website(
                                order.proposedWebsite().name(),
                                website.icpNumber(),
                                com.icpportal.changeorder.ProposalComparison.unicode(order.proposedDomains())))
                        .toList();
        return new StatementData(
                order.reference(),
                LocalDate.now(clock),
                pages.province(overview).name().chinese(),
                subject.organiserName(),
                subject.subjectType().name(),
                subject.certificateType().name(),
                subject.certificateNumber(),
                subject.address(),
                new StatementData.Principal(
                        principal.name(),
                        principal.certificateType() == null
                                ? null
                                : principal.certificateType().name(),
                        principal.certificateNumber(),
                        principal.mobile(),
                        principal.email()),
                websites);
    }
}
