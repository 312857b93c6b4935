package budgetledger.app.report;

import budgetledger.app.audit.ExportArchive;
import budgetledger.app.figures.YearAndPrior;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.report.PdfRenderer;
import budgetledger.projections.report.ProjectReport;
import budgetledger.projections.report.Report;
import budgetledger.projections.report.ReportBuilder;
import budgetledger.projections.report.ReportFormat;
import budgetledger.projections.report.ReportInput;
import budgetledger.projections.stream.RecordedEvent;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CLI's side of {@code report --format html|xlsx|pdf|md [--out FILE] [--from-export FILE]}: renders the report
 * and writes it to the file, or prints HTML and Markdown to standard output when no file is given (a workbook or
 * a PDF needs one). From an export the report is rebuilt from the file alone, without a database.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Whether {@code report} renders this format here (rather than printing the key figures). */
    public static boolean handles(String format) {
        return format != null && !format.equalsIgnoreCase("figures-json");
    }

    /** From the database. Returns the exit code: 0 written, 2 a usage error (message on {@code err}). */
    public static int write(ApplicationContext ctx, String department, int year, String project, String format,
                            Instant asOf, LocalDate through, Path out, PrintWriter stdout, PrintWriter err)
            throws IOException {
        ReportFormat f = ReportFormat.parse(format);
        if (!outputOk(f, out, err)) {
            return 2;
        }
        ReportService reports = ctx.getBean(ReportService.class);
        ReportService.Rendered r = project == null ? reports.render(department, year, f, asOf, through)
                : reports.render(reports.projectReport(department, year, project, asOf, through), f);
        return emit(r.bytes(), out, stdout, err);
    }

    /**
     * From an {@code export-events} file alone: the same folds over the exported streams (the prior year, when
     * exported, at the same {@code asOf} through the same day of its year), default scoring options, and the PDF
     * font of the environment ({@code LEDGER_PDF_FONT}).
     */
    public static int writeFromExport(Path export, String department, int year, String project, String format,
                                      Instant asOf, LocalDate through, Path out, PrintWriter stdout, PrintWriter err)
            throws IOException {
        ReportFormat f = ReportFormat.parse(format);
        if (!outputOk(f, out, err)) {
            return 2;
        }
        Report report = fromStreams(ExportArchive.read(export).streams(), department, year, project, asOf, through);
        byte[] bytes = f.render(report, f == ReportFormat.PDF ? PdfRenderer.fromEnvironment() : null);
        return emit(bytes, out, stdout, err);
    }

    static Report fromStreams(Map<String, List<RecordedEvent>> streams, String department, int year, String project,
                              Instant asOf, LocalDate through) {
        YearAndPrior years = ExportArchive.replayWithPrior(streams, department, year, asOf, through);
        ReportInput in = ReportInput.of(years.current(), years.prior(), asOf, through, FiguresOptions.DEFAULT);
        return project == null ? ReportBuilder.build(in) : ProjectReport.build(in, project);
    }

    private static boolean outputOk(ReportFormat f, Path out, PrintWriter err) {
        if (out == null && (f == ReportFormat.XLSX || f == ReportFormat.PDF)) {
            err.println("--format " + f.key() + " 需要 --out FILE");
            return false;
        }
        return true;
    }

    private static int emit(byte[] bytes, Path out, PrintWriter stdout, PrintWriter err) throws IOException {
        if (out == null) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
            stdout.flush();
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, bytes);
        err.println("已写出 " + out + "（" + bytes.length + " 字节）");
        return 0;
    }
}
