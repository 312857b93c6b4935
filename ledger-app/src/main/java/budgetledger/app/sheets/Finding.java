package budgetledger.app.sheets;

/**
 * Why one row of a sheet is (or would be) refused: its row number as the spreadsheet shows it, what the row names
 * ({@code subject}: a voucher number, a budget line, a document number), a code, the reason in Chinese.
 */
public record Finding(long row, String subject, String code, String message) {
}
