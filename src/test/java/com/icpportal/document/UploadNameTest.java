package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadNameTest {

    static Stream<Arguments> sanitised() {
        return Stream.of(
                Arguments.of("photo.jpg", "photo.jpg"),
                Arguments.of("身份证 正面.JPG", "身份证 正面.JPG"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\windows\\win.ini", "win.ini"),
                Arguments.of("C:\\Users\\x\\证件.jpg", "证件.jpg"),
                Arguments.of("/home/li/scans/id card.png", "id card.png"),
                Arguments.of("a/b\\c/d.pdf", "d.pdf"),
                Arguments.of("C:证件.jpg", "C_证件.jpg"),
                Arguments.of("a<b>c:d\"e|f?g*h.png", "a_b_c_d_e_f_g_h.png"),
                Arguments.of("scan\u0000\u0007\u001B[31m.pdf", "scan[31m.pdf"),
                Arguments.of("del\u007Fand\u0085c1.pdf", "delandc1.pdf"),
                Arguments.of("tab\tline\r\nbreak.jpg", "tab line break.jpg"),
                Arguments.of("  many   \u00A0 spaces   .jpg  ", "many spaces.jpg"),
                Arguments.of("身份证\u3000正面.jpg", "身份证 正面.jpg"),
                Arguments.of("invoice\u202Egpj.exe", "invoicegpj.exe"),
                Arguments.of("\u202Dpass\u202Aport\u202B\u202C.png", "passport.png"),
                Arguments.of("\u2066id\u2067\u2068\u2069.pdf", "id.pdf"),
                Arguments.of("mark\u200E\u200F\u061C.pdf", "mark.pdf"),
                Arguments.of("broken\uD800half.jpg", "brokenhalf.jpg"),
                Arguments.of("cafe\u0301.jpg", "caf\u00E9.jpg"),
                Arguments.of("cafe\u0000\u0301.jpg", "caf\u00E9.jpg"),
                Arguments.of("photo.jpg.", "photo.jpg"),
                Arguments.of("photo.jpg . .", "photo.jpg"),
                Arguments.of("photo .jpg", "photo.jpg"),
                Arguments.of("photo...jpg", "photo.jpg"),
                Arguments.of("...hidden", "document.hidden"),
                Arguments.of(".pdf", "document.pdf"),
                Arguments.of(" . .PNG", "document.PNG"),
                Arguments.of("\u202E.pdf", "document.pdf"),
                Arguments.of("archive.tar.gz", "archive.tar.gz"),
                Arguments.of("report.final version", "report.final version"),
                Arguments.of("CON.pdf", "_CON.pdf"),
                Arguments.of("nul", "_nul"),
                Arguments.of("lpt1.tar.gz", "_lpt1.tar.gz"),
                Arguments.of("console.pdf", "console.pdf"),
                Arguments.of("dir/", "document"),
                Arguments.of("...", "document"),
                Arguments.of("\u0000\u202E", "document"),
                Arguments.of("   ", "document"),
                Arguments.of("", "document"),
                Arguments.of(null, "document"));
    }

    @ParameterizedTest
    @MethodSource("sanitised")
    void makesASafeDisplayName(String original, String expected) {
        assertThat(UploadName.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void boundsALongChineseNameAndKeepsItsExtension() {
        String original = "居民身份证正反面扫描件".repeat(30).substring(0, 296) + ".pdf";
        assertThat(original).hasSize(300);

        String name = UploadName.sanitise(original);

        assertThat(name.codePointCount(0, name.length())).isEqualTo(UploadName.MAX_CODE_POINTS);
        assertThat(name).endsWith(".pdf").startsWith(original.substring(0, 96));
        assertThat(UploadName.extension(name)).isEqualTo("pdf");
    }

    @Test
    void neverSplitsASurrogatePair() {
        for (String original : new String[] {
            "😀".repeat(150) + ".jpg", "a" + "😀".repeat(150) + ".jpg", "证" + "𠀀👍🏽".repeat(80), "😀".repeat(120)
        }) {
            String name = UploadName.sanitise(original);

            assertThat(name.codePointCount(0, name.length())).isBetween(98, UploadName.MAX_CODE_POINTS);
            assertWellFormed(name);
        }
        assertThat(UploadName.sanitise("😀".repeat(150) + ".jpg")).isEqualTo("😀".repeat(96) + ".jpg");
    }

    @Test
    void neverSeparatesALetterFromItsAccent() {
        // q with a combining acute has no precomposed form, so it stays two code points after NFC.
        String name = UploadName.sanitise("x" + "q\u0301".repeat(60) + ".pdf");

        assertThat(name).isEqualTo("x" + "q\u0301".repeat(47) + ".pdf");
    }

    @Test
    void trimsWhereTheCutLeavesASpaceOrDot() {
        String name = UploadName.sanitise("a".repeat(95) + " .b.cdefgh.pdf");

        assertThat(name).isEqualTo("a".repeat(95) + ".pdf");
    }

    @Test
    void boundsALongNameWithoutAnExtension() {
        assertThat(UploadName.sanitise("名".repeat(300))).isEqualTo("名".repeat(100));
        // Eleven letters after the dot are too many for an extension, so they may be cut.
        assertThat(UploadName.sanitise("a".repeat(200) + ".abcdefghijk")).isEqualTo("a".repeat(100));
    }

    @Test
    void alwaysGivesASafeNameThatSanitisingAgainLeavesAlone() {
        String alphabet = "aZ9._-/\\<>:\"|?* \t\n\u0000\u001F\u007F\u0085\u00A0\u3000\u202E\u2066\u200F证件."
                + "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD\u0301\uD800\uDFFF";
        Random random = new Random(20261128);
        for (int i = 0; i < 2000; i++) {
            StringBuilder original = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 400 : 30);
            for (int j = 0; j < length; j++) {
                original.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            String name = UploadName.sanitise(original.toString());

            assertThat(name)
                    .as("from %s", original)
                    .isNotEmpty()
                    .doesNotContainPattern(
                            "[<>:\"/\\\\|?*\\p{Cntrl}\u0080-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]")
                    .doesNotStartWith(" ")
                    .doesNotStartWith(".")
                    .doesNotEndWith(" ")
                    .doesNotEndWith(".")
                    .doesNotContain("  ");
            assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(UploadName.MAX_CODE_POINTS);
            assertWellFormed(name);
            assertThat(UploadName.sanitise(name)).isEqualTo(name);
        }
    }

    static Stream<Arguments> extensions() {
        return Stream.of(
                Arguments.of("photo.jpg", "jpg"),
                Arguments.of("PHOTO.JPG", "jpg"),
                Arguments.of("scan.Jpeg", "jpeg"),
                Arguments.of("证件.PDF", "pdf"),
                Arguments.of("archive.tar.gz", "gz"),
                Arguments.of(".pdf", "pdf"),
                Arguments.of("IMAGE.İ", ""),
                Arguments.of("noextension", ""),
                Arguments.of("trailing.", ""),
                Arguments.of("photo.jpg ", ""),
                Arguments.of("report.final version", ""),
                Arguments.of("报告.第二版", ""),
                Arguments.of("dir.d/file", ""),
                Arguments.of("name.abcdefghijk", ""),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @MethodSource("extensions")
    void findsTheExtension(String name, String extension) {
        assertThat(UploadName.extension(name)).isEqualTo(extension);
    }

    private static void assertWellFormed(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1)))
                        .as("high surrogate at %d of %s is paired", i, name)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c))
                        .as("lone low surrogate at %d of %s", i, name)
                        .isFalse();
            }
        }
    }
}
