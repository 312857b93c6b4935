package budgetledger.app.ledger;

import budgetledger.app.figures.FiguresService;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.yearend.CarriedLine;
import budgetledger.core.yearend.FiscalYearClosed;
import budgetledger.core.yearend.OpenFiscalYear;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.stream.RecordedEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Facts a command needs that the ledger itself knows better than the caller: the department's name when a year
 * is opened, the lines the prior year's close carried over, and — on submission — the score and grade computed
 * from the figures at this moment, with the position in history they were computed at.
 */
@Component
public class CommandEnrichment {
    private final StoredEvents events;
    private final FiguresService figures;
    private final DepartmentDirectory directory;

    public CommandEnrichment(StoredEvents events, @Lazy FiguresService figures, DepartmentDirectory directory) {
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
        if (command instanceof SubmitSelfEvaluation s && !(migration && s.scoreTotal() != null)) {
            return submission(s);
        }
        return command;
    }

    private SubmitSelfEvaluation submission(SubmitSelfEvaluation s) {
        Instant now = Instant.now();
        FiguresDocument doc = figures.replayed(s.departmentId(), s.year(), now, null);
        long lastSequence = figures.replay(LedgerId.of(s.departmentId(), s.year()), now, null).lastSequence();
        String hash = HashChain.digest(HashChain.SHA_256,
                LedgerJson.canonical(doc.figures()).getBytes(StandardCharsets.UTF_8));
        return new SubmitSelfEvaluation(s.departmentId(), s.year(),
                String.valueOf(doc.figures().get(FigureNames.EVALUATION_SCORE_TOTAL.key())),
                String.valueOf(doc.figures().get(FigureNames.EVALUATION_GRADE.key())), now, lastSequence, hash);
    }
}
