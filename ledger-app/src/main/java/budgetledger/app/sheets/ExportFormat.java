package budgetledger.app.sheets;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** The two formats of every export (vouchers, budget lines, 决算 tables): CSV for scripts, XLSX for people. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** csv or xlsx, any case; anything else is the caller's mistake, refused in Chinese. */
    public static ExportFormat of(String text) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(Objects.toString(text, "").trim()))
                .findFirst().orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST,
                        "导出格式须为 csv 或 xlsx（format=" + text + "）"));
    }
}
