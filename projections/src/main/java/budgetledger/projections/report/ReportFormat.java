package budgetledger.projections.report;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report is rendered in: media type, file extension and whether a browser shows it in place. */
public enum ReportFormat {
    HTML("html", "text/html;charset=UTF-8", true),
    MD("md", "text/markdown;charset=UTF-8", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    PDF("pdf", "application/pdf", true);

    private final String key;
    private final String mediaType;
    private final boolean inline;

    ReportFormat(String key, String mediaType, boolean inline) {
        this.key = key;
        this.mediaType = mediaType;
        this.inline = inline;
    }

    /** html, md, xlsx or pdf (any case); anything else is an invalid request. */
    public static ReportFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST, "不支持的报告格式 “" + text + "”，可选 "
                        + Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining("、"))));
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean inline() {
        return inline;
    }

    /** The rendered bytes; PDF needs the CJK font ({@link PdfRenderer}). */
    public byte[] render(Report report, PdfRenderer pdf) {
        return switch (this) {
            case HTML -> HtmlRenderer.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case MD -> MarkdownRenderer.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case XLSX -> XlsxRenderer.render(report);
            case PDF -> (pdf != null ? pdf : PdfRenderer.fromEnvironment()).render(report);
        };
    }
}
