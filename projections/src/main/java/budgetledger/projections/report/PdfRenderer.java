package budgetledger.projections.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * The PDF: the printable HTML page laid out by openhtmltopdf, with the CJK font embedded (subset). Before anything
 * is laid out, every character of the page is looked up in the font: a character without a glyph fails the
 * rendering with the characters named, because a PDF with missing glyphs is a failure, not a warning.
 */
public final class PdfRenderer {
    static {
        // openhtmltopdf logs every stage at INFO; a report server wants only its warnings
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final CjkFont font;

    public PdfRenderer(CjkFont font) {
        this.font = font;
    }

    /** With the font of {@link CjkFont#locate()}: fails now, with a clear message, when there is none. */
    public static PdfRenderer fromEnvironment() {
        return new PdfRenderer(CjkFont.locate());
    }

    public CjkFont font() {
        return font;
    }

    public byte[] render(Report report) {
        return renderHtml(HtmlRenderer.render(report, false));
    }

    byte[] renderHtml(String html) {
        try (CjkFont.Face face = font.open(); PDDocument doc = new PDDocument()) {
            Set<Integer> missing = face.missing(visibleText(html));
            if (!missing.isEmpty()) {
                throw new PdfFontException("字体 " + font.path() + " 缺少 " + missing.size() + " 个字符的字形："
                        + missing.stream().map(cp -> new String(Character.toChars(cp)) + "(U+"
                        + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + ")").collect(Collectors.joining(" "))
                        + "；请用 " + CjkFont.ENV + " 指定覆盖这些字符的字体");
            }
            PDFont embedded = PDType0Font.load(doc, face.font(), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            for (int weight : new int[]{400, 700}) {
                // one face for regular and bold: WenQuanYi has no bold face, and nothing may fall back to a Latin font
                builder.useFont(new PDFontSupplier(embedded), HtmlRenderer.PDF_FONT_FAMILY, weight,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.withProducer("budget-ledger");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 生成失败", e);
        }
    }

    /** The characters the page prints: its text without tags (CSS included, for the page-number labels). */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
