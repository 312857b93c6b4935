package budgetledger.app.sheets;

/**
 * A file refused as a whole (too large, a zip bomb, not a spreadsheet, no header): a machine code and a Chinese
 * message. {@code tooLarge} answers 413; any other, 400.
 */
public class SheetException extends RuntimeException {
    private final String code;

    public SheetException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean tooLarge() {
        return code.equals(Sheets.FILE_TOO_LARGE);
    }
}
