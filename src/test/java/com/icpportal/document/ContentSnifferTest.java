package com.icpportal.document;

import static com.icpportal.document.TestFiles.ascii;
import static com.icpportal.document.TestFiles.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentSnifferTest {

    static Stream<Arguments> recognised() {
        return Stream.of(
                Arguments.of(TestFiles.jpeg(10, 10), FileKind.JPEG),
                Arguments.of(TestFiles.progressiveJpeg(10, 10), FileKind.JPEG),
                Arguments.of(TestFiles.png(10, 10), FileKind.PNG),
                Arguments.of(TestFiles.pngHeader(60000, 60000), FileKind.PNG),
                Arguments.of(TestFiles.pdf(), FileKind.PDF),
                Arguments.of(bytes(0xFF, 0xD8, 0xFF), FileKind.JPEG),
                Arguments.of(TestFiles.PNG_SIGNATURE, FileKind.PNG),
                Arguments.of(ascii("%PDF-"), FileKind.PDF),
                Arguments.of(ascii("%PDF-1.7\n%âãÏÓ"), FileKind.PDF));
    }

    @ParameterizedTest
    @MethodSource("recognised")
    void recognisesEachKindFromItsFirstBytes(byte[] file, FileKind kind) {
        byte[] head = Arrays.copyOf(file, Math.min(file.length, ContentSniffer.HEAD_BYTES));

        assertThat(ContentSniffer.detect(head)).contains(kind);
        assertThat(ContentSniffer.detect(file)).contains(kind);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("HTML", ascii("<html><script>alert(1)</script>")),
                Arguments.of("HTML after a byte order mark", bytes(0xEF, 0xBB, 0xBF, '<', 'h', 't', 'm', 'l', '>')),
                Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\">")),
                Arguments.of("GIF", ascii("GIF89a\1\0\1\0")),
                Arguments.of("ZIP or Office file", bytes('P', 'K', 3, 4, 20, 0)),
                Arguments.of("Windows program", bytes('M', 'Z', 0x90, 0)),
                Arguments.of("BMP", ascii("BM6\0\0\0")),
                Arguments.of("WebP", ascii("RIFF\0\0\0\0WEBPVP8 ")),
                Arguments.of("HEIC", bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c')),
                Arguments.of("PDF header not at the start", ascii(" %PDF-1.7")),
                Arguments.of("PDF without the dash", ascii("%PDF1.7")),
                Arguments.of("lower-case pdf", ascii("%pdf-1.7")),
                Arguments.of("JPEG cut after two bytes", bytes(0xFF, 0xD8)),
                Arguments.of("JPEG with a wrong third byte", bytes(0xFF, 0xD8, 0x00, 0xE0)),
                Arguments.of("PNG signature cut short", Arrays.copyOf(TestFiles.PNG_SIGNATURE, 7)),
                Arguments.of(
                        "PNG signature mangled by a text transfer", bytes(0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0)),
                Arguments.of("empty", new byte[0]),
                Arguments.of("null", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesEverythingElse(String what, byte[] head) {
        assertThat(ContentSniffer.detect(head)).isEmpty();
    }

    @Test
    void looksNoFurtherThanTheSignature() {
        byte[] png = TestFiles.pngHeader(1, 1);
        png[ContentSniffer.HEAD_BYTES - 1] ^= (byte) 0xFF; // inside the IHDR chunk, not the signature

        assertThat(ContentSniffer.detect(png)).contains(FileKind.PNG);
    }
}
