package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The statement is read back from the PDF, the way an applicant's viewer or the administration's
 * tools read it: what must be on the paper has to come back out as text.
 */
class AuthenticityStatementTest {

    private static final String IDN_DOMAIN = "示例科技.中国";

    private final MessageSource messages = messages();
    private final AuthenticityStatement statement = new AuthenticityStatement(messages);

    @Test
    void carriesTheFilingInChinese() throws IOException {
        String text = text(statement.render(enterprise(), Locale.SIMPLIFIED_CHINESE));

        assertThat(text)
                .contains(
                        "CO-2026-000123",
                        "北京示例科技有限公司",
                        "张伟",
                        "91110105MA01ABCD2X",
                        "北京市",
                        "京ICP备12345678号-1",
                        "example.com",
                        "www.example.com",
                        IDN_DOMAIN);
        assertThat(text)
                .contains(
                        chinese("statement.title"),
                        chinese("enum.SubjectType.ENTERPRISE"),
                        chinese("statement.website.icpNumber.none"));
        assertThat(text).contains(chinese("statement.signature.principal"), chinese("statement.signature.date"));
    }

    @Test
    void aChineseReaderGetsNoEnglish() throws IOException {
        String text = text(statement.render(enterprise(), Locale.SIMPLIFIED_CHINESE));

        assertThat(text)
                .doesNotContain(
                        english("statement.subject.organiserName"),
                        english("statement.title"),
                        english("enum.SubjectType.ENTERPRISE"));
    }

    @Test
    void anEnglishReaderGetsTheEnglishUnderTheChinese() throws IOException {
        String text = text(statement.render(enterprise(), Locale.ENGLISH));

        assertThat(text).contains(chinese("statement.title"), chinese("statement.subject.organiserName"));
        assertThat(text)
                .contains(
                        english("statement.title"),
                        english("statement.subject.organiserName"),
                        english("statement.signature.principal"),
                        english("enum.SubjectType.ENTERPRISE"));
        // The commitment is the part that binds: its English comes along too (start only, it wraps).
        assertThat(text).contains("(the undertaking party) solemnly undertakes");
        assertThat(text).contains("CO-2026-000123", "北京示例科技有限公司", "张伟", IDN_DOMAIN);
    }

    @Test
    void anOrganisationSealsAndAnIndividualOnlySigns() throws IOException {
        String seal = chinese("statement.signature.seal");

        assertThat(text(statement.render(enterprise(), Locale.SIMPLIFIED_CHINESE)))
                .contains(seal);
        String individual = text(statement.render(individual(), Locale.ENGLISH));
        assertThat(individual).doesNotContain(seal).doesNotContain(english("statement.signature.seal"));
        assertThat(individual).contains(chinese("statement.signature.principal"), "李娜", "lina.example.cn");
    }

    @Test
    void noLineOfTheCommitmentStartsWithClosingPunctuation() throws IOException {
        // Organisers' names of every length move the commitment's line breaks through every position.
        for (int length = 1; length <= 40; length++) {
            StatementData data = individual("李".repeat(length));

            String text = text(statement.render(data, Locale.SIMPLIFIED_CHINESE));

            assertThat(text.lines())
                    .as("name of %d characters", length)
                    .noneMatch(line -> !line.isEmpty() && "，。、；：）”".indexOf(line.charAt(0)) >= 0);
        }
    }

    @Test
    void isAnA4PdfAndLeavesTheCallersStreamOpen() throws IOException {
        TrackingStream out = new TrackingStream();

        statement.render(enterprise(), Locale.SIMPLIFIED_CHINESE, out);

        assertThat(out.closed).isFalse();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(chinese("statement.title"));
        }
    }

    private static StatementData enterprise() {
        return new StatementData(
                "CO-2026-000123",
                LocalDate.of(2026, 3, 27),
                "北京市",
                "北京示例科技有限公司",
                "ENTERPRISE",
                "USCC",
                "91110105MA01ABCD2X",
                "北京市朝阳区建国路88号1号楼101室",
                new StatementData.Principal(
                        "张伟", "RESIDENT_ID", "11010519491231002X", "13812345678", "zhang.wei@example.com"),
                List.of(
                        new StatementData.Website(
                                "示例科技官网", "京ICP备12345678号-1", List.of("example.com", "www.example.com")),
                        new StatementData.Website("示例科技商城", null, List.of(IDN_DOMAIN))));
    }

    private static StatementData individual() {
        return individual("李娜");
    }

    private static StatementData individual(String name) {
        return new StatementData(
                "CO-2026-000124",
                LocalDate.of(2026, 3, 27),
                "广东省",
                name,
                "INDIVIDUAL",
                "RESIDENT_ID",
                "44030519900101002X",
                "广东省深圳市南山区科技园路1号",
                new StatementData.Principal(
                        name, "RESIDENT_ID", "44030519900101002X", "13912345678", "lina@example.cn"),
                List.of(new StatementData.Website("李娜的博客", "粤ICP备87654321号-1", List.of("lina.example.cn"))));
    }

    private String chinese(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static final class TrackingStream extends ByteArrayOutputStream {

        private boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
