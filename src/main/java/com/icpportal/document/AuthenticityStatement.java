package com.icpportal.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders the authenticity statement (真实性承诺书) that an applicant prints, signs (and seals, for
 * organisations) and uploads. The statement is always in Chinese, the language the administration
 * reads; a reader who does not read Chinese gets the English text under every label and under the
 * commitment, in a smaller font, so they know what they sign.
 */
@Component
public class AuthenticityStatement {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final float SIDE_MARGIN = 56f; // 2 cm
    private static final float TOP_MARGIN = 48f; // a little less, so a statement of one or two websites fits one page
    private static final float BODY_SIZE = 10.5f; // 五号, the usual size of Chinese forms
    private static final float SPACE_BETWEEN_BLOCKS = 8f;
    private static final Color SECONDARY = new Color(0x50, 0x5a, 0x5f);
    private static final Color HEADING_BACKGROUND = new Color(0xf3, 0xf2, 0xf1);

    private final MessageSource messages;
    private final BaseFont font;

    public AuthenticityStatement(MessageSource messages) {
        this.messages = messages;
        try {
            // The Adobe Asian font pack's STSong-Light: the jar carries its metrics and CMap, readers
            // substitute a system Song face, and the text extracts back. Embedding an OTF CJK font
            // (Noto) breaks in OpenPDF.
            this.font = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement as PDF bytes; see {@link #render(StatementData, Locale, OutputStream)}. */
    public byte[] render(StatementData data, Locale reader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        render(data, reader, out);
        return out.toByteArray();
    }

    /**
     * Writes the statement as an A4 PDF to {@code out}, which is left open.
     *
     * @param reader the applicant's language: English text is added unless it is Chinese
     */
    public void render(StatementData data, Locale reader, OutputStream out) {
        Writing writing = new Writing(!CHINESE.getLanguage().equals(reader.getLanguage()));
        Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, TOP_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false); // the caller owns the stream (a response, a file)
        document.addTitle(chinese("statement.title"));
        document.open();
        try {
            document.add(writing.title());
            document.add(writing.references(data));
            document.add(writing.subject(data));
            document.add(writing.principal(data.principal()));
            for (PdfPTable website : writing.websites(data)) {
                document.add(website);
            }
            document.add(writing.commitment(data));
        } finally {
            document.close();
        }
    }

    private String chinese(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    private String english(String key, Object... args) {
        return messages.getMessage(key, args, ENGLISH);
    }

    /** One rendering: the fonts and whether English follows the Chinese. */
    private final class Writing {

        private final boolean bilingual;
        private final Font title = new Font(font, 16f, Font.BOLD);
        private final Font body = new Font(font, BODY_SIZE);
        private final Font strong = new Font(font, BODY_SIZE, Font.BOLD);
        private final Font translation = new Font(font, 8f, Font.NORMAL, SECONDARY);

        Writing(boolean bilingual) {
            this.bilingual = bilingual;
        }

        Paragraph title() {
            Paragraph paragraph = new Paragraph(chinese("statement.title"), title);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            if (bilingual) {
                paragraph.add(Chunk.NEWLINE);
                paragraph.add(new Chunk(english("statement.title"), translation));
            }
            paragraph.setSpacingAfter(10f);
            return paragraph;
        }

        PdfPTable references(StatementData data) {
            PdfPTable table = new PdfPTable(new float[] {16, 34, 16, 34});
            table.setWidthPercentage(100);
            table.addCell(labelCell("statement.reference"));
            table.addCell(valueCell(data.reference()));
            table.addCell(labelCell("statement.date"));
            table.addCell(valueCell(DateTimeFormatter.ISO_LOCAL_DATE.format(data.date())));
            table.setSpacingAfter(SPACE_BETWEEN_BLOCKS);
            return table;
        }

        PdfPTable subject(StatementData data) {
            PdfPTable table = block();
            table.addCell(headingCell("statement.subject.heading"));
            row(table, "statement.subject.organiserName", data.organiserName());
            table.addCell(labelCell("statement.subject.type"));
            table.addCell(bilingualCell("enum.SubjectType." + data.subjectType()));
            table.addCell(labelCell("statement.subject.certificateType"));
            table.addCell(bilingualCell("enum.CertificateType." + data.certificateType()));
            row(table, "statement.subject.certificateNumber", data.certificateNumber());
            row(table, "statement.subject.province", data.provinceName());
            row(table, "statement.subject.address", data.address());
            return table;
        }

        PdfPTable principal(StatementData.Principal principal) {
            PdfPTable table = block();
            table.addCell(headingCell("statement.principal.heading"));
            row(table, "statement.principal.name", principal.name());
            table.addCell(labelCell("statement.principal.certificateType"));
            table.addCell(bilingualCell("enum.CertificateType." + principal.certificateType()));
            row(table, "statement.principal.certificateNumber", principal.certificateNumber());
            row(table, "statement.principal.mobile", principal.mobile());
            row(table, "statement.principal.email", principal.email());
            return table;
        }

        /** A block per website, so a page break falls between websites; the first carries the heading. */
        List<PdfPTable> websites(StatementData data) {
            List<PdfPTable> blocks = new ArrayList<>();
            PdfPTable table = block();
            table.addCell(headingCell("statement.websites.heading"));
            int number = 1;
            for (StatementData.Website website : data.websites()) {
                PdfPCell heading = labelCell("statement.website.heading", number++);
                heading.setColspan(2);
                table.addCell(heading);
                row(table, "statement.website.name", website.name());
                table.addCell(labelCell("statement.website.icpNumber"));
                table.addCell(
                        website.icpNumber() == null
                                ? bilingualCell("statement.website.icpNumber.none")
                                : valueCell(website.icpNumber()));
                row(table, "statement.website.domains", String.join("\n", website.domains()));
                blocks.add(table);
                table = block();
            }
            if (blocks.isEmpty()) {
                blocks.add(table);
            }
            return blocks;
        }

        /** The commitment with the lines to sign under it, kept on one page: a signature belongs to its text. */
        PdfPTable commitment(StatementData data) {
            Paragraph heading = new Paragraph(chinese("statement.commitment.heading"), strong);
            if (bilingual) {
                heading.add(new Chunk("  " + english("statement.commitment.heading"), translation));
            }
            heading.setSpacingAfter(4f);
            Paragraph promise = new Paragraph(new Chunk(chinese("statement.commitment", data.organiserName()), body)
                    .setSplitCharacter(ChineseLineBreaks.INSTANCE));
            promise.setAlignment(Element.ALIGN_JUSTIFIED);
            promise.setFirstLineIndent(2 * BODY_SIZE); // two characters, as Chinese paragraphs begin
            promise.setMultipliedLeading(1.5f);

            PdfPCell content = new PdfPCell();
            content.setBorder(Rectangle.NO_BORDER);
            content.setPadding(0f);
            content.addElement(heading);
            content.addElement(promise);
            if (bilingual) {
                Paragraph translated =
                        new Paragraph(english("statement.commitment", data.organiserName()), translation);
                translated.setAlignment(Element.ALIGN_JUSTIFIED);
                translated.setMultipliedLeading(1.3f);
                translated.setSpacingBefore(4f);
                content.addElement(translated);
            }
            content.addElement(signatures(data));
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setKeepTogether(true);
            table.addCell(content);
            return table;
        }

        private PdfPTable signatures(StatementData data) {
            PdfPTable table = new PdfPTable(new float[] {40, 60});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6f);
            signatureLine(table, "statement.signature.principal");
            if (data.isOrganisation()) {
                signatureLine(table, "statement.signature.seal");
            }
            signatureLine(table, "statement.signature.date");
            return table;
        }

        private void signatureLine(PdfPTable table, String key) {
            PdfPCell label = labelCell(key);
            label.setBorder(Rectangle.NO_BORDER);
            label.setPaddingTop(12f);
            table.addCell(label);
            // Left blank, with a line to sign on.
            PdfPCell blank = new PdfPCell(new Phrase(" ", body));
            blank.setBorder(Rectangle.BOTTOM);
            table.addCell(blank);
        }

        private void row(PdfPTable table, String labelKey, String value) {
            table.addCell(labelCell(labelKey));
            table.addCell(valueCell(value));
        }

        /** A label-and-value table that moves to the next page whole rather than split, when it fits there. */
        private PdfPTable block() {
            PdfPTable table = new PdfPTable(new float[] {32, 68});
            table.setWidthPercentage(100);
            table.setKeepTogether(true);
            table.setSplitLate(false); // a website with more domains than a page holds still splits
            table.setSpacingAfter(SPACE_BETWEEN_BLOCKS);
            return table;
        }

        private PdfPCell headingCell(String key) {
            PdfPCell cell = cell(bilingualPhrase(key, strong));
            cell.setColspan(2);
            cell.setBackgroundColor(HEADING_BACKGROUND);
            return cell;
        }

        private PdfPCell labelCell(String key, Object... args) {
            return cell(bilingualPhrase(key, body, args));
        }

        /** A value that is itself a label, such as a subject type: translated like the labels. */
        private PdfPCell bilingualCell(String key) {
            return cell(bilingualPhrase(key, body));
        }

        /** Data as the applicant gave it: names, numbers and domains are never translated. */
        private PdfPCell valueCell(String value) {
            return cell(new Phrase(value == null ? "" : value, body));
        }

        private Phrase bilingualPhrase(String key, Font chineseFont, Object... args) {
            Phrase phrase = new Phrase(chinese(key, args), chineseFont);
            if (bilingual) {
                phrase.add(Chunk.NEWLINE);
                phrase.add(new Chunk(english(key, args), translation));
            }
            return phrase;
        }

        private PdfPCell cell(Phrase phrase) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(3f);
            cell.setPaddingBottom(5f);
            cell.setLeading(0f, 1.2f);
            cell.setBorderColor(SECONDARY);
            cell.setBorderWidth(0.5f);
            return cell;
        }
    }

    /**
     * Chinese line breaking (避头尾) for running text: OpenPDF breaks before any Chinese character,
     * which starts lines with ；or ） and ends them with （ or “.
     */
    private static final class ChineseLineBreaks extends DefaultSplitCharacter {

        static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

        private static final String NO_LINE_START = "，。、；：？！）》」』”’…";
        private static final String NO_LINE_END = "（《「『“‘";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : ' ';
            if (NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(getCurrentCharacter(current, cc, ck)) >= 0) {
                return false;
            }
            return super.isSplitCharacter(start, current, end, cc, ck);
        }
    }
}
