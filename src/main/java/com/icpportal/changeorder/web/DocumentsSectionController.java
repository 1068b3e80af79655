package com.icpportal.changeorder.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.DocumentStatus;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.ReasonStatus;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentView;
import com.icpportal.document.Documents;
import com.icpportal.document.Upload;
import com.icpportal.document.UploadOutcome;
import com.icpportal.shared.NotFoundException;

/**
 * The Documents section: each document the change needs, why, and whether it is there; uploading
 * (checked by content, refused at the field in words), using a document uploaded before for the
 * same subject, and the question that decides whether an authorisation letter is needed.
 */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}/documents")
class DocumentsSectionController {

    static final String VIEW = "changeorder/documents";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;
    private final Documents documents;

    DocumentsSectionController(OrderPages pages, ChangeOrders changeOrders, Documents documents) {
        this.pages = pages;
        this.changeOrders = changeOrders;
        this.documents = documents;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping
    String showDocuments(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(name = RefusedUploads.PARAMETER, required = false) String refusedField,
            HttpServletRequest request,
            Model model) {
        OrderOverview overview = pages.overview(user, orderId);
        if (!overview.order().state().isEditable()) {
            return SectionSupport.toOrder(orderId);
        }
        // the refusal of an upload, which redirected here (also when it was too large to reach this controller)
        DocumentKind refused = RefusedUploads.named(refusedField);
        Optional<UploadOutcome.Refused> refusal = RefusedUploads.find(request, orderId, refused);
        return render(user, overview, refusal.isPresent() ? refused : null, refusal.orElse(null), model);
    }

    @PostMapping("/{kind}")
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @PathVariable DocumentKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        OrderOverview overview = requireEditable(user, orderId, kind);
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            return refused(request, orderId, kind, new UploadOutcome.Refused("document.problem.choose", new Object[0]));
        }
        UploadOutcome outcome;
        try (InputStream content = file.getInputStream()) {
            outcome = documents.upload(new Upload(
                    user.id(),
                    overview.order().subjectId(),
                    overview.order().id().toString(),
                    kind,
                    file.getOriginalFilename(),
                    file.getContentType(),
                    content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (outcome instanceof UploadOutcome.Refused refused) {
            return refused(request, orderId, kind, refused);
        }
        if (outcome instanceof UploadOutcome.Stored stored) {
            documents.recordProof(stored.document().id(), user.id(), changeOrders.proofOf(overview, kind));
        }
        RefusedUploads.forget(request, orderId, kind);
        redirect.addFlashAttribute("notice", "document.uploaded");
        return "redirect:/orders/" + orderId + "/documents";
    }

    @PostMapping("/{kind}/reuse")
    String reuse(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @PathVariable DocumentKind kind,
            @RequestParam UUID documentId,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        OrderOverview overview = requireEditable(user, orderId, kind);
        // only what proves the same thing for this order may be reused (a crafted id is "not found")
        boolean offered = offers(user, overview, kind).stream()
                .anyMatch(document -> document.id().equals(documentId));
        if (!offered) {
            throw new NotFoundException("reusable document " + documentId);
        }
        documents.attach(
                overview.order().id().toString(), user.id(), overview.order().subjectId(), kind, documentId);
        RefusedUploads.forget(request, orderId, kind);
        redirect.addFlashAttribute("notice", "document.reused");
        return "redirect:/orders/" + orderId + "/documents";
    }

    @PostMapping("/representative")
    String answerRepresentative(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            @RequestParam(required = false) Boolean legalRepresentative,
            RedirectAttributes redirect) {
        pages.overview(user, orderId);
        if (legalRepresentative != null) {
            changeOrders.answerLegalRepresentative(Actor.applicant(user.id()), orderId, version, legalRepresentative);
        }
        return "redirect:/orders/" + orderId + "/documents";
    }

    /** Post/Redirect/Get: the page that says why has an address of its own. */
    static String refused(HttpServletRequest request, UUID orderId, DocumentKind kind, UploadOutcome.Refused refused) {
        return "redirect:" + RefusedUploads.keep(request, "/orders/" + orderId + "/documents", orderId, kind, refused);
    }

    private OrderOverview requireEditable(PortalUser user, UUID orderId, DocumentKind kind) {
        OrderOverview overview = pages.overview(user, orderId);
        boolean required = overview.documents().stream()
                .anyMatch(status -> status.required().kind() == kind);
        if (!overview.order().state().isEditable() || !required) {
            throw new NotFoundException("document section " + kind);
        }
        return overview;
    }

    /** Earlier uploads of this account and subject that prove for this order what they proved before. */
    private List<DocumentView> offers(PortalUser user, OrderOverview overview, DocumentKind kind) {
        return documents.reusableProving(
                user.id(), overview.order().subjectId(), kind, changeOrders.proofOf(overview, kind));
    }

    private String render(
            PortalUser user,
            OrderOverview overview,
            DocumentKind failedKind,
            UploadOutcome.Refused refusal,
            Model model) {
        List<ReasonStatus> statuses = pages.addCommon(model, overview, null);
        Map<DocumentKind, List<DocumentView>> reusable = new HashMap<>();
        for (DocumentStatus status : overview.documents()) {
            DocumentKind kind = status.required().kind();
            reusable.put(
                    kind,
                    offers(user, overview, kind).stream()
                            .filter(document -> status.attached() == null
                                    || !document.id().equals(status.attached().id()))
                            .limit(3)
                            .toList());
        }
        model.addAttribute("documents", overview.documents());
        model.addAttribute("reusable", reusable);
        // the returned reasons of each document, shown in its card until a new document is attached
        Map<String, List<ReasonStatus>> documentReasons = new HashMap<>();
        for (ReasonStatus status : statuses) {
            if (status.aboutDocument()) {
                documentReasons
                        .computeIfAbsent(status.documentKind(), key -> new java.util.ArrayList<>())
                        .add(status);
            }
        }
        model.addAttribute("documentReasons", documentReasons);
        model.addAttribute("failedKind", failedKind);
        model.addAttribute("refusal", refusal);
        model.addAttribute("hasErrors", refusal != null);
        model.addAttribute(
                "organisation", overview.filing().details().subjectType().isOrganisation());
        return VIEW;
    }
}
