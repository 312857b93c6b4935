package budgetledger.projections.report;

/**
 * The PDF cannot be made with Chinese glyphs: no CJK font was found, the configured one cannot be read, or it
 * lacks glyphs the report needs. A PDF with missing glyphs is worse than none, so nothing is rendered.
 */
public class PdfFontException extends IllegalStateException {
    public PdfFontException(String message) {
        super(message);
    }

    public PdfFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
