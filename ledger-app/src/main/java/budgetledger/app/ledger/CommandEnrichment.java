package budgetledger.app.ledger;

import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.DeclareOpeningBalances;
import budgetledger.core.yearend.DeclarePriorYearFigures;
import budgetledger.projections.figures.FigureName;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.OpenFiscalYear;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.stream.RecordedEvent;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Facts a command needs that the ledger itself knows better than the caller: the department's name when a year
 * is opened, the lines the prior year's close carried over, whether the prior year is in the ledger at all (opening balances
 * are declared only when it is not), and — on submission — the score and grade computed
 * from the figures, with the position in history they were computed at and the figures' hash. A submission is
 * computed as of now; an administrator's import of an earlier submission states its {@code figuresAsOf} and is
 * computed as of then. A score or grade in the command is only a claim: one that differs from the computation is
 * refused, so what is stored is always what the ledger computed.
 */
@Component
public class CommandEnrichment {
    private final StoredEvents events;
    private final FiguresAtMoment figures;
    private final DepartmentDirectory directory;

    public CommandEnrichment(StoredEvents events, FiguresAtMoment figures, DepartmentDirectory directory) {
        this.events = events;
        this.figures = figures;
        this.directory = directory;
    }

    OpenFiscalYear openFiscalYear(OpenFiscalYear open, String departmentName) {
        String name = open.departmentName() == null || open.departmentName().isBlank() ? departmentName : open.departmentName();
        return new OpenFiscalYear(open.departmentId(), name, open.year(),
                open.carriedLines() == null ? List.of() : open.carriedLines(), open.hashAlgorithm());
    }

    /** The lines the prior year's close carried over (结转), to open the next year with. */
    public List<CarriedLine> carriedFromPriorYear(String departmentId, int year) {
        if (!directory.yearExists(departmentId, year - 1)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, (year - 1) + " 年度不存在，无上年结转");
        }
        return events.stream(LedgerId.of(departmentId, year - 1)).stream()
                .map(RecordedEvent::payload)
                .filter(FiscalYearClosed.class::isInstance)
                .map(p -> ((FiscalYearClosed) p).carried())
                .reduce((a, b) -> b)
                .orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST, (year - 1) + " 年度尚未结账，不能结转"));
    }

    Object enrich(Object command, boolean migration) {
        if (command instanceof DeclareOpeningBalances d) {
            // whatever the caller says, the ledger knows whether the prior year is recorded
            return new DeclareOpeningBalances(d.departmentId(), d.year(), d.lines(), d.document(),
                    directory.yearExists(d.departmentId(), d.year() - 1));
        }
        if (command instanceof DeclarePriorYearFigures p && p.figures() != null) {
            p.figures().keySet().forEach(CommandEnrichment::requireComparableFigure);
        }
        if (command instanceof SubmitSelfEvaluation s) {
            boolean stated = migration && s.figuresAsOf() != null;
            return submission(s, stated ? s.figuresAsOf() : Instant.now(), migration ? "导入行" : "提交的");
        }
        return command;
    }

    /** A declared comparative names a department money figure the report compares with its prior year. */
    private static void requireComparableFigure(String name) {
        boolean comparable = FigureNames.department(name == null ? null : name.trim())
                .filter(n -> n.kind() == FigureName.Kind.MONEY && n.column() == FigureName.Column.CURRENT).isPresent();
        if (!comparable) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "上年比较数的指标名不是可比较的金额指标: " + name
                    + "（见 docs/figures.md，例如 expenditure.total、threePublic.total.actual、income.total）");
        }
    }

    private SubmitSelfEvaluation submission(SubmitSelfEvaluation s, Instant at, String claimant) {
        FiguresDocument doc = figures.replayed(s.departmentId(), s.year(), at, null);
        long lastSequence = figures.replay(LedgerId.of(s.departmentId(), s.year()), at, null).lastSequence();
        String hash = HashChain.digest(HashChain.SHA_256,
                LedgerJson.canonical(doc.figures()).getBytes(StandardCharsets.UTF_8));
        // null when nothing was evaluated (no indicators): the year is 未评价 and the ledger refuses the submission
        String score = Objects.toString(doc.figures().get(FigureNames.EVALUATION_SCORE_TOTAL.key()), null);
        String grade = Objects.toString(doc.figures().get(FigureNames.EVALUATION_GRADE.key()), null);
        if (score != null && s.scoreTotal() != null && !sameScore(s.scoreTotal(), score)) {
            throw mismatch("自评得分", claimant, s.scoreTotal(), at, score);
        }
        if (grade != null && s.grade() != null && !s.grade().trim().equals(grade)) {
            throw mismatch("自评等级", claimant, s.grade(), at, grade);
        }
        return new SubmitSelfEvaluation(s.departmentId(), s.year(), score, grade, at, lastSequence, hash);
    }

    private static boolean sameScore(String claimed, String computed) {
        try {
            return new BigDecimal(claimed.trim()).compareTo(new BigDecimal(computed)) == 0;
        } catch (NumberFormatException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "自评得分不是数字：" + claimed);
        }
    }

    private static LedgerException mismatch(String what, String claimant, String claimed, Instant at, String computed) {
        return new LedgerException(ErrorCode.INVALID_REQUEST, what + "与账本计算不符：" + claimant + " " + claimed.trim()
                + "，按 " + at + " 的数据计算为 " + computed);
    }
}
