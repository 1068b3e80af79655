package com.icpportal.document.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.icpportal.account.PortalUser;
import com.icpportal.document.DocumentContent;
import com.icpportal.document.Documents;

/**
 * Serves a document to its owner or to staff, as a download (never rendered by the browser as a
 * page); staff may preview images inline. Anyone else gets 404, as for a document that does not exist.
 */
@Controller
class DocumentDownloadController {

    private final Documents documents;

    DocumentDownloadController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal PortalUser user,
            Authentication authentication,
            @PathVariable UUID documentId,
            @RequestParam(defaultValue = "false") boolean inline) {
        boolean staff = authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_REVIEWER")
                        || authority.getAuthority().equals("ROLE_ADMIN"));
        DocumentContent content = documents.open(documentId, user.id(), staff);
        boolean preview = inline && staff && content.document().fileKind().isImage();
        ContentDisposition disposition = (preview ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.document().displayName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType(content.document().fileKind().contentType()))
                .contentLength(content.document().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content.content()));
    }
}
