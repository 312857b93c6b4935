package budgetledger.app.sheets;

/** Why one row of a sheet is (or would be) refused: its row number as the spreadsheet shows it, a code, the reason in Chinese. */
public record Finding(long row, String voucherNo, String code, String message) {
}
