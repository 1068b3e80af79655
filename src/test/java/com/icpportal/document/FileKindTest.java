package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class FileKindTest {

    @Test
    void describesEachKind() {
        assertThat(FileKind.JPEG.extensions()).containsExactly("jpg", "jpeg");
        assertThat(FileKind.PNG.extensions()).containsExactly("png");
        assertThat(FileKind.PDF.extensions()).containsExactly("pdf");
        assertThat(FileKind.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileKind.PNG.contentType()).isEqualTo("image/png");
        assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileKind.JPEG.isImage()).isTrue();
        assertThat(FileKind.PNG.isImage()).isTrue();
        assertThat(FileKind.PDF.isImage()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "JPEG, jpg, true",
        "JPEG, JPG, true",
        "JPEG, jpeg, true",
        "JPEG, Jpeg, true",
        "JPEG, jpe, false",
        "JPEG, png, false",
        "JPEG, .jpg, false",
        "PNG, png, true",
        "PNG, PNG, true",
        "PNG, jpg, false",
        "PDF, pdf, true",
        "PDF, PDF, true",
        "PDF, png, false",
        "PDF, pdfx, false"
    })
    void acceptsOnlyItsOwnExtensions(FileKind kind, String extension, boolean accepted) {
        assertThat(kind.acceptsExtension(extension)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "JPEG | image/jpeg | true",
                "JPEG | IMAGE/JPEG | true",
                "JPEG | ' image/jpeg ; charset=binary' | true",
                "JPEG | image/pjpeg | true",
                "JPEG | image/jpg | true",
                "JPEG | image/png | false",
                "JPEG | image/jpeg2000 | false",
                "JPEG | text/html | false",
                "PNG | image/png | true",
                "PNG | image/x-png | true",
                "PNG | image/apng | false",
                "PDF | application/pdf | true",
                "PDF | application/x-pdf | true",
                "PDF | application/octet-stream | false",
                "PDF | image/png | false"
            })
    void acceptsOnlyItsOwnContentTypes(FileKind kind, String declared, boolean accepted) {
        assertThat(kind.acceptsContentType(declared)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void acceptsNoMissingExtensionOrType(String missing) {
        for (FileKind kind : FileKind.values()) {
            assertThat(kind.acceptsExtension(missing)).isFalse();
            assertThat(kind.acceptsContentType(missing)).isFalse();
        }
    }
}
