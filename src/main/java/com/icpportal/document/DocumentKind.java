package com.icpportal.document;

import java.util.EnumSet;
import java.util.Set;

/** What a document is, and which file kinds it may be. */
public enum DocumentKind {
    ID_CARD_FRONT(EnumSet.of(FileKind.JPEG, FileKind.PNG)),
    ID_CARD_BACK(EnumSet.of(FileKind.JPEG, FileKind.PNG)),
    BUSINESS_LICENCE(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
    AUTHENTICITY_COMMITMENT(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
    DOMAIN_CERTIFICATE(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
    NAME_CHANGE_PROOF(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
    AUTHORISATION_LETTER(EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
    VERIFICATION_PHOTO(EnumSet.of(FileKind.JPEG, FileKind.PNG));

    private final Set<FileKind> accepted;

    DocumentKind(Set<FileKind> accepted) {
        this.accepted = accepted;
    }

    public boolean accepts(FileKind kind) {
        return accepted.contains(kind);
    }

    public Set<FileKind> accepted() {
        return EnumSet.copyOf(accepted);
    }
}
