package budgetledger.app.cli;

import budgetledger.app.figures.FiguresService;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.figures.FiguresDocument;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "report", description = "Print a department-year's report, or with --project one project's 项目支出绩效自评报告. --format figures-json: the key figures (figures.md) as JSON.")
class ReportCommand implements Callable<Integer> {
    @Option(names = "--department", required = true)
    String department;

    @Option(names = "--year", required = true)
    int year;

    @Option(names = "--project", description = "one project's self-evaluation report on its own (html, xlsx, pdf or md)")
    String project;

    @Option(names = "--format", defaultValue = "figures-json",
            description = "figures-json (the key figures), or the self-evaluation report as html, xlsx, pdf or md")
    String format;

    @Option(names = "--out", description = "file to write the html/xlsx/pdf/md report to (xlsx and pdf need one)")
    java.nio.file.Path out;

    @Option(names = "--as-of", description = "recorded time, ISO-8601 (e.g. 2025-04-15T23:59:59+08:00); default now")
    String asOf;

    @Option(names = "--through", description = "business date (yyyy-MM-dd); default the year's end")
    LocalDate through;

    @Option(names = "--reconcile", description = "a hand-made report's figures (JSON) to check against the ledger and against themselves")
    java.nio.file.Path reconcile;

    @Option(names = "--from-export", description = "rebuild from an export-events file alone, without a database")
    java.nio.file.Path fromExport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reconcile != null) {
            return reconcile();
        }
        if (budgetledger.app.report.ReportFiles.handles(format)) {
            return renderReport();
        }
        if (project != null) {
            spec.commandLine().getErr().println("--project 须与 --format html、xlsx、pdf 或 md 一起使用");
            return 2;
        }
        if (!format.equals("figures-json")) {
            spec.commandLine().getErr().println("不支持的格式: " + format + "（可选 figures-json）");
            return 2;
        }
        if (fromExport != null) {
            FiguresDocument doc = budgetledger.app.audit.ExportArchive.read(fromExport).figures(department, year,
                    asOf == null ? java.time.Instant.now() : IsoTimes.asOf(asOf), through,
                    budgetledger.projections.figures.FiguresOptions.DEFAULT);
            spec.commandLine().getOut().println(LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return 0;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            FiguresDocument doc = ctx.getBean(FiguresService.class)
                    .replayed(department, year, IsoTimes.asOf(asOf), through);
            spec.commandLine().getOut().println(LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            return 0;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }

    private int reconcile() throws Exception {
        var claims = LedgerJson.mapper().readTree(java.nio.file.Files.readString(reconcile));
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            FiguresDocument doc = ctx.getBean(FiguresService.class)
                    .replayed(department, year, IsoTimes.asOf(asOf), through);
            var result = budgetledger.projections.reconcile.Reconciliation.reconcile(claims, doc);
            spec.commandLine().getOut().println(LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return result.clean() ? 0 : 1;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }

    /** report --format html|xlsx|pdf|md [--out FILE]: the 整体支出绩效自评报告 (budgetledger.app.report). */
    private int renderReport() throws Exception {
        try {
            budgetledger.projections.report.ReportFormat.parse(format); // an unknown format fails before any work
            if (fromExport != null) {
                return budgetledger.app.report.ReportFiles.writeFromExport(fromExport, department, year, project, format,
                        asOf == null ? java.time.Instant.now() : IsoTimes.asOf(asOf), through, out,
                        spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        } catch (budgetledger.projections.report.PdfFontException e) {
            spec.commandLine().getErr().println("PDF_FONT_UNAVAILABLE: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(false)) {
            return budgetledger.app.report.ReportFiles.write(ctx, department, year, project, format, IsoTimes.asOf(asOf),
                    through, out, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        } catch (budgetledger.projections.report.PdfFontException e) {
            spec.commandLine().getErr().println("PDF_FONT_UNAVAILABLE: " + e.getMessage());
            return 2;
        }
    }
}
