package budgetledger.app.report;

import budgetledger.app.audit.Submissions;
import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.ScoringProperties;
import budgetledger.app.figures.YearAndPrior;
import budgetledger.app.seal.Seal;
import budgetledger.app.seal.SealStore;
import budgetledger.projections.report.CjkFont;
import budgetledger.projections.report.PdfRenderer;
import budgetledger.projections.report.ProjectReport;
import budgetledger.projections.report.Report;
import budgetledger.projections.report.ReportBuilder;
import budgetledger.projections.report.ReportFormat;
import budgetledger.projections.report.ReportInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds and renders the 整体支出绩效自评报告. The two views are replayed exactly as the key figures are
 * ({@link FiguresService#replayed}: this year up to {@code asOf} / {@code through}, the prior year at the same
 * {@code asOf} through the same day of its year), so the report prints the figures the figures endpoint returns.
 * The PDF font is looked up per request: a missing font fails the PDF only, with a clear message, never the app.
 */
@Service
public class ReportService {
    private final FiguresService figures;
    private final ScoringProperties scoring;
    private final Submissions submissions;
    private final SealStore seals;
    private final String pdfFont;
    private final Clock clock = Clock.systemUTC();

    public ReportService(FiguresService figures, ScoringProperties scoring, Submissions submissions, SealStore seals,
                         @Value("${ledger.pdf.font:}") String pdfFont) {
        this.seals = seals;
        this.figures = figures;
        this.scoring = scoring;
        this.submissions = submissions;
        this.pdfFont = pdfFont;
    }

    /** A report rendered: its bytes, its format and a file name. */
    public record Rendered(byte[] bytes, ReportFormat format, String fileName) {
    }

    public Report report(String departmentId, int year, Instant asOf, LocalDate through) {
        Instant at = asOf == null ? clock.instant() : asOf;
        YearAndPrior years = figures.replayWithPrior(departmentId, year, at, through);
        return ReportBuilder.build(ReportInput.of(years.current(), years.prior(), at, through, scoring.options()));
    }

    /**
     * The submitted version recorded as event {@code sequence}: the report as of the submission's figuresAsOf, with
     * the submission (who, when, score, grade, figures' hash) printed on it.
     */
    public Report submitted(String departmentId, int year, long sequence) {
        Submissions.Submission s = submissions.find(departmentId, year, sequence);
        String seal = seals.of(budgetledger.core.common.LedgerId.of(departmentId, year)).stream()
                .filter(x -> x.sequence() == sequence && x.reason().equals(Seal.SUBMISSION)).findFirst()
                .map(Seal::shortForm).orElse(null);
        return report(departmentId, year, s.figuresAsOf(), null).withSubmission(new Report.Submitted(s.sequence(),
                s.recordedAt(), s.recordedBy(), s.scoreTotal(), s.grade(), s.figuresHash(), seal));
    }

    /**
     * One project's 项目支出绩效自评报告 ({@link ProjectReport}) from the same replay as the department's report, so
     * its form is the 附件3 that report prints; UNKNOWN_PROJECT when the year has no such project.
     */
    public Report projectReport(String departmentId, int year, String projectCode, Instant asOf, LocalDate through) {
        Instant at = asOf == null ? clock.instant() : asOf;
        YearAndPrior years = figures.replayWithPrior(departmentId, year, at, through);
        return ProjectReport.build(ReportInput.of(years.current(), years.prior(), at, through, scoring.options()),
                projectCode);
    }

    public Rendered render(String departmentId, int year, ReportFormat format, Instant asOf, LocalDate through) {
        return render(report(departmentId, year, asOf, through), format);
    }

    public Rendered render(Report report, ReportFormat format) {
        PdfRenderer pdf = format == ReportFormat.PDF ? new PdfRenderer(font()) : null;
        return new Rendered(format.render(report, pdf), format, report.fileBaseName() + "." + format.key());
    }

    /** {@code ledger.pdf.font} (env LEDGER_PDF_FONT) or Debian's CJK fonts; fails with the reason when none. */
    CjkFont font() {
        return pdfFont != null && !pdfFont.isBlank() ? CjkFont.at(Path.of(pdfFont.trim())) : CjkFont.locate();
    }
}
