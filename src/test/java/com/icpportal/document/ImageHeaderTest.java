package com.icpportal.document;

import static com.icpportal.document.TestFiles.ascii;
import static com.icpportal.document.TestFiles.bytes;
import static com.icpportal.document.TestFiles.concat;
import static com.icpportal.document.TestFiles.frame;
import static com.icpportal.document.TestFiles.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageHeaderTest {

    private static final byte[] SOI = bytes(0xFF, 0xD8);
    private static final byte[] EOI = bytes(0xFF, 0xD9);
    // Bytes the reader may buffer beyond what it needs, on top of its own bound.
    private static final int READ_AHEAD = 8192;

    static Optional<Dimensions> read(FileKind kind, byte[] file) {
        return ImageHeader.read(kind, new ByteArrayInputStream(file));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "7, 3", "3, 7", "640, 480", "300, 2000"})
    void readsRealPngsAndJpegsAsImageIoWroteThem(int width, int height) throws IOException {
        byte[] png = TestFiles.png(width, height);
        byte[] jpeg = TestFiles.jpeg(width, height);

        assertThat(read(FileKind.PNG, png)).contains(new Dimensions(width, height));
        assertThat(read(FileKind.JPEG, jpeg)).contains(new Dimensions(width, height));
        // The files are real: a full decoder agrees.
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(width);
    }

    @Test
    void readsAProgressiveJpegAfterApp1AndCommentSegments() throws IOException {
        byte[] written = TestFiles.progressiveJpeg(120, 45);
        byte[] exif = segment(0xE1, concat(ascii("Exif\0\0"), new byte[300]));
        byte[] comment = segment(0xFE, ascii("scanned at the counter"));
        byte[] jpeg = concat(SOI, exif, comment, Arrays.copyOfRange(written, 2, written.length));

        assertThat(indexOf(jpeg, bytes(0xFF, 0xC2))).isPositive();
        assertThat(indexOf(jpeg, bytes(0xFF, 0xC0))).isNegative();
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getHeight()).isEqualTo(45);
        assertThat(read(FileKind.JPEG, jpeg)).contains(new Dimensions(120, 45));
    }

    @Test
    void readsWhatAPngHeaderClaimsWithoutAnyPixels() {
        byte[] bomb = TestFiles.pngHeader(60000, 60000);

        assertThat(bomb).hasSize(33);
        assertThat(read(FileKind.PNG, bomb)).contains(new Dimensions(60000, 60000));
        assertThat(UploadCheck.checkDimensions(read(FileKind.PNG, bomb), 600, 600, 12000))
                .contains(UploadProblem.TOO_BIG_IMAGE);
    }

    @Test
    void readsTheLargestDimensionsEachFormatCanState() {
        assertThat(read(FileKind.PNG, TestFiles.pngHeader(Integer.MAX_VALUE, 1)))
                .contains(new Dimensions(Integer.MAX_VALUE, 1));
        assertThat(read(FileKind.JPEG, concat(SOI, segment(0xC0, frame(65535, 65535)))))
                .contains(new Dimensions(65535, 65535));
    }

    static Stream<Arguments> malformedPngs() {
        byte[] good = TestFiles.pngHeader(10, 20);
        byte[] badCrc = good.clone();
        badCrc[good.length - 1] ^= 1;
        byte[] badSignature = good.clone();
        badSignature[1] = 'p';
        return Stream.of(
                Arguments.of("CRC does not match", badCrc),
                Arguments.of("signature altered", badSignature),
                Arguments.of("first chunk is not IHDR", TestFiles.pngHeader("IDAT", 13, 10, 20)),
                Arguments.of("lower-case ihdr", TestFiles.pngHeader("iHDR", 13, 10, 20)),
                Arguments.of("IHDR length not 13", TestFiles.pngHeader("IHDR", 14, 10, 20)),
                Arguments.of("zero width", TestFiles.pngHeader(0, 20)),
                Arguments.of("zero height", TestFiles.pngHeader(10, 0)),
                Arguments.of("width over 2^31 - 1", TestFiles.pngHeader(0x80000000, 20)),
                Arguments.of("a JPEG read as a PNG", TestFiles.jpeg(10, 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPngs")
    void refusesMalformedPngHeaders(String why, byte[] file) {
        assertThat(read(FileKind.PNG, file)).isEmpty();
    }

    /** Every SOF marker, and bytes the reader must step over on its way there. */
    static IntStream frameMarkers() {
        return IntStream.rangeClosed(0xC0, 0xCF).filter(m -> m != 0xC4 && m != 0xC8 && m != 0xCC);
    }

    @ParameterizedTest
    @MethodSource("frameMarkers")
    void takesDimensionsFromEveryStartOfFrameMarker(int marker) {
        byte[] jpeg = concat(SOI, segment(marker, frame(800, 600)));

        assertThat(read(FileKind.JPEG, jpeg)).contains(new Dimensions(800, 600));
    }

    @ParameterizedTest
    @CsvSource({"0xC4, DHT", "0xC8, JPG", "0xCC, DAC"})
    void skipsTheSegmentsThatShareTheFrameMarkerRange(String marker, String name) {
        // Their payload would read as 1 x 1 if it were taken for a frame header.
        byte[] lookalike = segment(Integer.decode(marker), frame(1, 1));
        byte[] jpeg = concat(SOI, lookalike, segment(0xC0, frame(800, 600)));

        assertThat(read(FileKind.JPEG, jpeg)).as(name).contains(new Dimensions(800, 600));
    }

    @Test
    void skipsFillBytesAndStandaloneMarkers() {
        byte[] jpeg = concat(
                SOI,
                bytes(0xFF, 0xFF, 0xFF),
                segment(0xE0, ascii("JFIF\0")),
                bytes(0xFF, 0x01), // TEM
                bytes(0xFF, 0xD0),
                bytes(0xFF, 0xD7), // RST0, RST7
                bytes(0xFF, 0xD8), // a second SOI
                segment(0xDB, new byte[65]), // DQT
                bytes(0xFF, 0xFF),
                segment(0xFE, new byte[0]), // an empty comment after a fill byte
                bytes(0xFF, 0xFF, 0xFF, 0xFF),
                segment(0xC1, frame(321, 123)));

        assertThat(read(FileKind.JPEG, jpeg)).contains(new Dimensions(321, 123));
    }

    static Stream<Arguments> malformedJpegs() {
        byte[] app0 = segment(0xE0, ascii("JFIF\0"));
        return Stream.of(
                Arguments.of("no SOI", concat(app0, segment(0xC0, frame(8, 8)))),
                Arguments.of(
                        "image data before any frame",
                        concat(SOI, segment(0xDA, new byte[10]), segment(0xC0, frame(8, 8)))),
                Arguments.of("ends before any frame", concat(SOI, app0, EOI, segment(0xC0, frame(8, 8)))),
                Arguments.of("stray byte between segments", concat(SOI, app0, bytes(0x00), segment(0xC0, frame(8, 8)))),
                Arguments.of(
                        "stuffed zero where a marker belongs",
                        concat(SOI, bytes(0xFF, 0x00), segment(0xC0, frame(8, 8)))),
                Arguments.of(
                        "segment length below 2",
                        concat(SOI, bytes(0xFF, 0xE0, 0x00, 0x01), segment(0xC0, frame(8, 8)))),
                Arguments.of("frame header too short", concat(SOI, bytes(0xFF, 0xC0, 0x00, 0x07, 8, 0, 8, 0, 8))),
                Arguments.of("height deferred to DNL", concat(SOI, segment(0xC0, frame(8, 0)))),
                Arguments.of("zero width", concat(SOI, segment(0xC0, frame(0, 8)))),
                Arguments.of("a PNG read as a JPEG", TestFiles.png(8, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJpegs")
    void refusesMalformedJpegHeaders(String why, byte[] file) {
        assertThat(read(FileKind.JPEG, file)).isEmpty();
    }

    @Test
    void givesUpOnEveryTruncationOfARealHeader() {
        byte[] png = TestFiles.pngHeader(640, 480);
        byte[] jpeg = concat(
                SOI, segment(0xE1, new byte[1000]), segment(0xFE, ascii("note")), segment(0xC2, frame(640, 480)));
        int jpegNeeds = jpeg.length - 4; // the component fields after width are not needed

        for (int cut = 0; cut < png.length; cut++) {
            assertThat(read(FileKind.PNG, Arrays.copyOf(png, cut)))
                    .as("PNG cut at %d", cut)
                    .isEmpty();
        }
        for (int cut = 0; cut < jpegNeeds; cut++) {
            assertThat(read(FileKind.JPEG, Arrays.copyOf(jpeg, cut)))
                    .as("JPEG cut at %d", cut)
                    .isEmpty();
        }
        assertThat(read(FileKind.JPEG, Arrays.copyOf(jpeg, jpegNeeds))).contains(new Dimensions(640, 480));
    }

    @ParameterizedTest
    @EnumSource(
            value = FileKind.class,
            names = {"PNG", "JPEG"})
    void givesUpOnGarbage(FileKind kind) {
        Random random = new Random(20261128);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[random.nextInt(4096)];
            random.nextBytes(garbage);
            assertThat(read(kind, garbage)).isEmpty();
        }
        assertThat(read(kind, new byte[0])).isEmpty();
        assertThat(read(kind, ascii("<html><body>not a picture</body></html>"))).isEmpty();
        assertThat(read(kind, TestFiles.pdf())).isEmpty();
    }

    @Test
    void aPdfHasNoDimensions() {
        assertThat(read(FileKind.PDF, TestFiles.pdf())).isEmpty();
    }

    @Test
    void findsAFrameAfterSegmentsUpToTheBoundButNotBeyond() {
        // As many largest-size segments (65537 bytes with marker and length) as fit in the bound.
        int fit = (ImageHeader.MAX_JPEG_HEADER_BYTES - 2) / 65537;

        assertThat(read(FileKind.JPEG, jpegAfterSegments(fit))).contains(new Dimensions(4000, 3000));
        assertThat(read(FileKind.JPEG, jpegAfterSegments(fit + 1))).isEmpty();
    }

    private static byte[] jpegAfterSegments(int count) {
        byte[][] parts = new byte[count + 2][];
        parts[0] = SOI;
        for (int i = 1; i <= count; i++) {
            parts[i] = segment(0xE2, new byte[65533]);
        }
        parts[count + 1] = segment(0xC0, frame(4000, 3000));
        return concat(parts);
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD) // fail, not hang, if the bound goes
    void stopsWalkingSegmentsAfterTheBound() {
        // SOI, then largest-size APP1 segments for ever: FF E1 FF FF and 65533 bytes of payload.
        CountingStream endless = new CountingStream(Long.MAX_VALUE, i -> {
            if (i < 2) {
                return SOI[(int) i] & 0xFF;
            }
            long offset = (i - 2) % 65537;
            return offset == 1 ? 0xE1 : offset < 4 ? 0xFF : 0;
        });

        assertThat(ImageHeader.read(FileKind.JPEG, endless)).isEmpty();
        assertThat(endless.bytesRead()).isLessThanOrEqualTo(ImageHeader.MAX_JPEG_HEADER_BYTES + READ_AHEAD);
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD) // fail, not hang, if the bound goes
    void stopsOnAnEndlessRunOfFillBytes() {
        CountingStream endless = CountingStream.endless(SOI, 0xFF);

        assertThat(ImageHeader.read(FileKind.JPEG, endless)).isEmpty();
        assertThat(endless.bytesRead()).isLessThanOrEqualTo(ImageHeader.MAX_JPEG_HEADER_BYTES + READ_AHEAD);
    }

    @Test
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD) // fail, not hang, if the bound goes
    void readsOnlyTheHeadOfAHugeFileAndLeavesItOpen() {
        CountingStream png = CountingStream.endless(TestFiles.pngHeader(9000, 7000), 0);
        CountingStream jpeg = CountingStream.endless(concat(SOI, segment(0xC0, frame(9000, 7000))), 0);

        assertThat(ImageHeader.read(FileKind.PNG, png)).contains(new Dimensions(9000, 7000));
        assertThat(ImageHeader.read(FileKind.JPEG, jpeg)).contains(new Dimensions(9000, 7000));
        assertThat(png.bytesRead()).isLessThanOrEqualTo(READ_AHEAD);
        assertThat(jpeg.bytesRead()).isLessThanOrEqualTo(READ_AHEAD);
        assertThat(png.isClosed()).isFalse();
    }

    @Test
    void aFailingStreamIsTheServersProblemNotAnUnreadableImage() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> ImageHeader.read(FileKind.PNG, failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
