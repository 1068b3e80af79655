package com.icpportal.document;

import static com.icpportal.document.TestFiles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UploadCheckTest {

    private static final long MIB = 1024 * 1024;
    private static final byte[] JPEG = TestFiles.jpeg(40, 30);
    private static final byte[] PNG = TestFiles.png(40, 30);
    private static final byte[] PDF = TestFiles.pdf();
    private static final byte[] HTML = ascii("<html><body><script>alert(1)</script>");
    private static final UploadCheck.Limits LIMITS = UploadCheck.Limits.DEFAULTS;

    private static Optional<UploadProblem> check(String name, String type, long size, byte[] file) {
        byte[] head = Arrays.copyOf(file, Math.min(file.length, ContentSniffer.HEAD_BYTES));
        return UploadCheck.check(name, type, size, head, LIMITS);
    }

    private static Optional<UploadProblem> check(String name, String type, byte[] file) {
        return check(name, type, file.length, file);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("id.jpg", "image/jpeg", JPEG),
                Arguments.of("ID.JPEG", "image/jpeg", JPEG),
                Arguments.of("C:\\fakepath\\身份证 正面.jpg", "image/pjpeg", JPEG),
                Arguments.of("photo.jpg ", null, JPEG),
                Arguments.of("licence.png", "image/png", PNG),
                Arguments.of("licence.png", "IMAGE/PNG; charset=binary", PNG),
                Arguments.of("licence.png", "application/octet-stream", PNG),
                Arguments.of("licence.png", "", PNG),
                Arguments.of("licence.png", "  ", PNG),
                Arguments.of("statement.pdf", "application/pdf", PDF),
                Arguments.of("statement.PDF", null, PDF));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsFilesWhoseNameAndTypeAgreeWithTheContent(String name, String type, byte[] file) {
        assertThat(check(name, type, file)).isEmpty();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("zero bytes", "id.jpg", "image/jpeg", new byte[0], UploadProblem.EMPTY),
                Arguments.of("HTML named .jpg", "id.jpg", "image/jpeg", HTML, UploadProblem.NOT_ALLOWED_TYPE),
                Arguments.of("HTML named .html", "id.html", "text/html", HTML, UploadProblem.NOT_ALLOWED_TYPE),
                Arguments.of("a GIF", "id.gif", "image/gif", ascii("GIF89a\1\0\1\0"), UploadProblem.NOT_ALLOWED_TYPE),
                Arguments.of("PDF named .png", "id.png", "image/png", PDF, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("PNG named .jpg", "id.jpg", "image/jpeg", PNG, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("JPEG named .png", "id.png", null, JPEG, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("PDF named .pdf.exe", "id.pdf.exe", null, PDF, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("no extension", "passport", "image/jpeg", JPEG, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("no name at all", null, "image/jpeg", JPEG, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of(
                        "reversed extension", "invoice\u202Egpj.exe", null, JPEG, UploadProblem.EXTENSION_MISMATCH),
                Arguments.of("PNG declared JPEG", "id.png", "image/jpeg", PNG, UploadProblem.CONTENT_TYPE_MISMATCH),
                Arguments.of("PDF declared HTML", "id.pdf", "text/html", PDF, UploadProblem.CONTENT_TYPE_MISMATCH),
                Arguments.of("JPEG declared text", "id.jpg", "text/plain", JPEG, UploadProblem.CONTENT_TYPE_MISMATCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithTheProblemToShow(String what, String name, String type, byte[] file, UploadProblem problem) {
        assertThat(check(name, type, file)).contains(problem);
    }

    @Test
    void reportsTheFirstProblemInOrder() {
        // Each file is wrong in every later way too: too large, wrong type declared, wrong name.
        long huge = 100 * MIB;
        assertThat(check("id.exe", "text/html", 0, PDF)).contains(UploadProblem.EMPTY);
        assertThat(check("id.exe", "text/html", huge, HTML)).contains(UploadProblem.NOT_ALLOWED_TYPE);
        assertThat(check("id.exe", "text/html", huge, PDF)).contains(UploadProblem.EXTENSION_MISMATCH);
        assertThat(check("id.pdf", "text/html", huge, PDF)).contains(UploadProblem.CONTENT_TYPE_MISMATCH);
        assertThat(check("id.pdf", "application/pdf", huge, PDF)).contains(UploadProblem.TOO_LARGE);
    }

    @ParameterizedTest
    @CsvSource({"id.jpg, 5", "id.png, 5", "id.pdf, 10"})
    void acceptsExactlyTheLimitButNotOneByteMore(String name, long limitMib) {
        byte[] file = switch (UploadName.extension(name)) {
            case "jpg" -> JPEG;
            case "png" -> PNG;
            default -> PDF;
        };

        assertThat(check(name, null, limitMib * MIB, file)).isEmpty();
        assertThat(check(name, null, limitMib * MIB + 1, file)).contains(UploadProblem.TOO_LARGE);
    }

    @Test
    void appliesTheLimitOfTheSniffedKind() {
        UploadCheck.Limits limits = new UploadCheck.Limits(1000, 2000);
        byte[] pngHead = Arrays.copyOf(PNG, ContentSniffer.HEAD_BYTES);
        byte[] pdfHead = Arrays.copyOf(PDF, ContentSniffer.HEAD_BYTES);

        assertThat(UploadCheck.check("a.png", null, 1500, pngHead, limits)).contains(UploadProblem.TOO_LARGE);
        assertThat(UploadCheck.check("a.pdf", null, 1500, pdfHead, limits)).isEmpty();
        assertThat(UploadCheck.check("a.pdf", null, 2001, pdfHead, limits)).contains(UploadProblem.TOO_LARGE);
        assertThat(limits.maxBytes(FileKind.JPEG)).isEqualTo(1000);
        assertThat(UploadCheck.Limits.DEFAULTS).isEqualTo(new UploadCheck.Limits(5 * MIB, 10 * MIB));
    }

    @Test
    void aShortOrMissingHeadIsNoAcceptedType() {
        assertThat(UploadCheck.check("id.jpg", null, 1, new byte[] {(byte) 0xFF}, LIMITS))
                .contains(UploadProblem.NOT_ALLOWED_TYPE);
        assertThat(UploadCheck.check("id.jpg", null, 100, null, LIMITS)).contains(UploadProblem.NOT_ALLOWED_TYPE);
    }

    @Test
    void refusesNonsensicalArguments() {
        assertThatThrownBy(() -> check("id.jpg", null, -1, JPEG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadCheck.Limits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadCheck.Limits(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UploadCheck.checkDimensions(Optional.empty(), 0, 10, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UploadCheck.checkDimensions(Optional.empty(), 10, 10, 9))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dimensions(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "600, 600, ",
        "600, 12000, ",
        "12000, 12000, ",
        "4000, 3000, ",
        "599, 600, TOO_SMALL_IMAGE",
        "600, 599, TOO_SMALL_IMAGE",
        "1, 1, TOO_SMALL_IMAGE",
        "12001, 600, TOO_BIG_IMAGE",
        "600, 12001, TOO_BIG_IMAGE",
        "60000, 60000, TOO_BIG_IMAGE",
        "60000, 1, TOO_BIG_IMAGE"
    })
    void checksDimensionsAgainstTheMinimumAndTheMaximumPerSide(int width, int height, UploadProblem problem) {
        assertThat(UploadCheck.checkDimensions(Optional.of(new Dimensions(width, height)), 600, 600, 12000))
                .isEqualTo(Optional.ofNullable(problem));
    }

    @Test
    void anUnreadableHeaderIsAnUnreadableImage() {
        assertThat(UploadCheck.checkDimensions(Optional.empty(), 600, 600, 12000))
                .contains(UploadProblem.UNREADABLE_IMAGE);
    }

    @Test
    void aDecompressionBombPassesTheCheapChecksAndIsCaughtByItsHeader() {
        byte[] bomb = TestFiles.pngHeader(60000, 60000);

        assertThat(check("huge.png", "image/png", bomb)).isEmpty();
        Optional<Dimensions> dimensions = ImageHeader.read(FileKind.PNG, new ByteArrayInputStream(bomb));
        assertThat(UploadCheck.checkDimensions(dimensions, 600, 600, 12000)).contains(UploadProblem.TOO_BIG_IMAGE);
    }

    @Test
    void aRealPhotoPassesFromStartToEnd() {
        byte[] photo = TestFiles.jpeg(800, 600);

        assertThat(check("我的身份证.jpg", "image/jpeg", photo)).isEmpty();
        Optional<Dimensions> dimensions = ImageHeader.read(FileKind.JPEG, new ByteArrayInputStream(photo));
        assertThat(UploadCheck.checkDimensions(dimensions, 600, 600, 12000)).isEmpty();
        assertThat(UploadCheck.checkDimensions(dimensions, 1000, 600, 12000)).contains(UploadProblem.TOO_SMALL_IMAGE);
    }

    @Test
    void eachProblemHasItsOwnMessageKey() {
        Map<UploadProblem, String> keys =
                Arrays.stream(UploadProblem.values()).collect(Collectors.toMap(p -> p, UploadProblem::messageKey));

        assertThat(keys)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        UploadProblem.EMPTY, "document.problem.empty",
                        UploadProblem.NOT_ALLOWED_TYPE, "document.problem.type",
                        UploadProblem.EXTENSION_MISMATCH, "document.problem.extension",
                        UploadProblem.CONTENT_TYPE_MISMATCH, "document.problem.contentType",
                        UploadProblem.TOO_LARGE, "document.problem.tooLarge",
                        UploadProblem.TOO_SMALL_IMAGE, "document.problem.resolution",
                        UploadProblem.UNREADABLE_IMAGE, "document.problem.unreadable",
                        UploadProblem.TOO_BIG_IMAGE, "document.problem.dimensions"));
    }
}
