package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.account.Role;
import com.icpportal.support.ModuleTest;
import com.icpportal.support.TestFilesForUpload;

/**
 * The document module with accounts only (a document's owner is an account): an upload is
 * checked, stored, attached to the caller's reference and opened again by its owner.
 */
@ModuleTest(extraIncludes = {"account", "shared"})
class DocumentModuleTest {

    final Documents documents;
    final Accounts accounts;

    DocumentModuleTest(Documents documents, Accounts accounts) {
        this.documents = documents;
        this.accounts = accounts;
    }

    @Test
    void anUploadIsStoredAttachedAndOpenedByItsOwner() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID owner = accounts.create(new NewAccount(
                "module-uploader-" + unique,
                "Module Uploader",
                "module-uploader-" + unique + "@example.test",
                "correct horse battery staple",
                Set.of(Role.APPLICANT),
                null));
        byte[] png = TestFilesForUpload.png(800, 800);
        String reference = "module-test-" + unique;

        UploadOutcome outcome = documents.upload(new Upload(
                owner,
                null,
                reference,
                DocumentKind.ID_CARD_FRONT,
                "身份证正面.png",
                "image/png",
                new ByteArrayInputStream(png)));

        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        DocumentView stored = ((UploadOutcome.Stored) outcome).document();
        assertThat(documents.attachedTo(reference)).containsOnlyKeys(DocumentKind.ID_CARD_FRONT);
        assertThat(documents
                        .attachedTo(reference)
                        .get(DocumentKind.ID_CARD_FRONT)
                        .id())
                .isEqualTo(stored.id());
        try (InputStream content = documents.open(stored.id(), owner, false).content()) {
            assertThat(content.readAllBytes()).isEqualTo(png);
        }
    }
}
