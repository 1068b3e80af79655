package com.icpportal.changeorder.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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
import com.icpportal.changeorder.BackdropRequests;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.OrderOverview;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProposalInvalidException;
import com.icpportal.changeorder.Violation;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.Documents;
import com.icpportal.document.Upload;
import com.icpportal.document.UploadOutcome;
import com.icpportal.province.PhotoSites;
import com.icpportal.province.ReferenceData;
import com.icpportal.province.VerificationChannel;

/**
 * The verification step: a photo of the website principal (before the provider's backdrop or a
 * plain background), or confirmation of the Shanghai administration's app; the designated photo
 * sites of the province; and a backdrop mailed to a mainland China address.
 */
@Controller
@ApplicantOrderPages
@RequestMapping("/orders/{orderId}/verification")
class VerificationController {

    static final String VIEW = "changeorder/verification";

    private final OrderPages pages;
    private final ChangeOrders changeOrders;
    private final Documents documents;
    private final PhotoSites photoSites;
    private final BackdropRequests backdrops;
    private final ReferenceData referenceData;

    VerificationController(
            OrderPages pages,
            ChangeOrders changeOrders,
            Documents documents,
            PhotoSites photoSites,
            BackdropRequests backdrops,
            ReferenceData referenceData) {
        this.pages = pages;
        this.changeOrders = changeOrders;
        this.documents = documents;
        this.photoSites = photoSites;
        this.backdrops = backdrops;
        this.referenceData = referenceData;
    }

    @GetMapping
    String showVerification(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String province,
            @RequestParam(name = RefusedUploads.PARAMETER, required = false) String refusedField,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        OrderOverview overview = pages.overview(user, orderId);
        if (overview.order().state() != OrderState.VERIFICATION) {
            return SectionSupport.toOrder(orderId);
        }
        BackdropForm form = new BackdropForm();
        form.setProvinceCode(province);
        UploadOutcome.Refused refusal = RefusedUploads.find(request, orderId, RefusedUploads.named(refusedField))
                .orElse(null);
        return render(overview, refusal, List.of(), form, model, locale);
    }

    @PostMapping("/photo")
    String uploadPhoto(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        OrderOverview overview = requireVerification(user, orderId);
        if (file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            return refused(request, orderId, new UploadOutcome.Refused("document.problem.choose", new Object[0]));
        }
        UploadOutcome outcome;
        try (InputStream content = file.getInputStream()) {
            outcome = documents.upload(new Upload(
                    user.id(),
                    overview.order().subjectId(),
                    orderId.toString(),
                    DocumentKind.VERIFICATION_PHOTO,
                    file.getOriginalFilename(),
                    file.getContentType(),
                    content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (outcome instanceof UploadOutcome.Refused refused) {
            return refused(request, orderId, refused);
        }
        RefusedUploads.forget(request, orderId, DocumentKind.VERIFICATION_PHOTO);
        redirect.addFlashAttribute("notice", "verification.photo.uploaded");
        return "redirect:/orders/" + orderId + "/verification";
    }

    @PostMapping("/submit")
    String submit(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        requireVerification(user, orderId);
        try {
            changeOrders.submitVerification(Actor.applicant(user.id()), orderId, version);
        } catch (ProposalInvalidException e) {
            return refused(request, orderId, new UploadOutcome.Refused("validation.photo.missing", new Object[0]));
        }
        redirect.addFlashAttribute("notice", "verification.submitted");
        return "redirect:/orders/" + orderId;
    }

    @PostMapping("/backdrop")
    String requestBackdrop(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable UUID orderId,
            BackdropForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        OrderOverview overview = requireVerification(user, orderId);
        List<Violation> violations = backdrops.request(Actor.applicant(user.id()), orderId, form.toAddress());
        if (!violations.isEmpty()) {
            return render(overview, null, violations, form, model, locale);
        }
        redirect.addFlashAttribute("notice", "verification.backdrop.requested");
        return "redirect:/orders/" + orderId + "/verification";
    }

    /** Post/Redirect/Get: the page that says why has an address of its own. */
    static String refused(HttpServletRequest request, UUID orderId, UploadOutcome.Refused refused) {
        return "redirect:"
                + RefusedUploads.keep(
                        request,
                        "/orders/" + orderId + "/verification",
                        orderId,
                        DocumentKind.VERIFICATION_PHOTO,
                        refused);
    }

    private OrderOverview requireVerification(PortalUser user, UUID orderId) {
        OrderOverview overview = pages.overview(user, orderId);
        if (overview.order().state() != OrderState.VERIFICATION) {
            throw new com.icpportal.changeorder.IllegalTransitionException(
                    overview.order().reference(),
                    overview.order().state(),
                    com.icpportal.changeorder.Action.SUBMIT_VERIFICATION);
        }
        return overview;
    }

    private String render(
            OrderOverview overview,
            UploadOutcome.Refused refusal,
            List<Violation> backdropViolations,
            BackdropForm form,
            Model model,
            Locale locale) {
        ChangeOrderView order = overview.order();
        pages.addCommon(model, overview, null);
        boolean app = order.rules() != null && order.rules().verificationChannel() == VerificationChannel.APP;
        model.addAttribute("appChannel", app);
        model.addAttribute("photo", documents.attachedTo(order.id().toString()).get(DocumentKind.VERIFICATION_PHOTO));
        model.addAttribute("refusal", refusal);
        model.addAttribute("sites", photoSites.active(overview.filing().provinceCode()));
        model.addAttribute("backdrop", backdrops.latest(order.id()).orElse(null));
        model.addAttribute("backdropForm", form != null ? form : new BackdropForm());
        model.addAttribute(
                "backdropErrors",
                backdropViolations.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                violation -> OrderPages.formField(violation.fieldKey()),
                                violation -> violation,
                                (a, b) -> a)));
        BackdropForm shown = form != null ? form : new BackdropForm();
        if (shown.getProvinceCode() != null && shown.getProvinceCode().matches("\\d{2}0000")) {
            pages.addDivisions(model, shown.getProvinceCode(), locale);
        }
        model.addAttribute(
                "provinceOptions",
                referenceData.provincialDivisions().stream()
                        .map(division ->
                                new Option(division.code(), division.name().in(locale)))
                        .toList());
        model.addAttribute("hasErrors", refusal != null || !backdropViolations.isEmpty());
        return VIEW;
    }
}
