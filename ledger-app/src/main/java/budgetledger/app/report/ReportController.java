package budgetledger.app.report;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.report.PdfFontException;
import budgetledger.projections.report.ReportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * {@code GET /api/v1/departments/{id}/years/{year}/report?format=html|xlsx|pdf|md&asOf=&through=}: the
 * self-evaluation report as a printable page (default), a workbook of the attachment forms, a PDF or Markdown; with
 * {@code submission=N} instead of a moment, the version submitted as event N, which prints its submission.
 * HTML and PDF open in the browser, XLSX and Markdown download; errors are the API's problem details (an unknown
 * format is {@code INVALID_REQUEST}).
 */
@RestController
public class ReportController {
    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/report")
    public ResponseEntity<byte[]> report(@PathVariable String departmentId, @PathVariable int year,
                                         @RequestParam(defaultValue = "html") String format,
                                         @RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through,
                                         @RequestParam(required = false) Long submission) {
        ReportFormat f = ReportFormat.parse(format);
        if (submission != null && (asOf != null || through != null)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "submission 已确定报告的数据时点，不能再同时给出 asOf 或 through");
        }
        ReportService.Rendered r = submission != null
                ? reports.render(reports.submitted(departmentId, year, submission), f)
                : reports.render(departmentId, year, f, IsoTimes.asOf(asOf), through);
        return send(r, f);
    }

    /**
     * {@code GET …/projects/{projectCode}/report?format=html|xlsx|pdf|md&asOf=&through=}: one project's
     * 项目支出绩效自评报告 on its own — its form as the department's report prints it as 附件3, in the same formats.
     */
    @GetMapping("/api/v1/departments/{departmentId}/years/{year}/projects/{projectCode}/report")
    public ResponseEntity<byte[]> projectReport(@PathVariable String departmentId, @PathVariable int year,
                                                @PathVariable String projectCode,
                                                @RequestParam(defaultValue = "html") String format,
                                                @RequestParam(required = false) String asOf,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        ReportFormat f = ReportFormat.parse(format);
        return send(reports.render(reports.projectReport(departmentId, year, projectCode, IsoTimes.asOf(asOf), through),
                f), f);
    }

    private static ResponseEntity<byte[]> send(ReportService.Rendered r, ReportFormat f) {
        ContentDisposition disposition = ContentDisposition.builder(f.inline() ? "inline" : "attachment")
                .filename(r.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(r.bytes());
    }

    /** The server cannot print Chinese: say so (and how to fix it) instead of sending a PDF of empty boxes. */
    @ExceptionHandler(PdfFontException.class)
    ResponseEntity<ProblemDetail> noFont(PdfFontException e) {
        log.error("PDF report refused: {}", e.getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("PDF 中文字体不可用");
        p.setProperty("code", "PDF_FONT_UNAVAILABLE");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
