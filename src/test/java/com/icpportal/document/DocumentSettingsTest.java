package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code portal.documents.store}: local by default, s3 by choice, anything else stops the start. */
class DocumentSettingsTest {

    @Test
    void theStoreIsLocalUnlessS3IsChosen() {
        assertThat(settings(null).store()).isEqualTo("local");
        assertThat(settings("s3").store()).isEqualTo("s3");
    }

    @Test
    void aMistypedStoreIsRefusedInsteadOfFallingBackToTheLocalDisk() {
        // on two nodes a silent fall-back would split the documents between their disks
        assertThatThrownBy(() -> settings("S3 "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.documents.store");
    }

    private static DocumentSettings settings(String store) {
        return new DocumentSettings(null, null, null, null, null, null, null, store);
    }
}
