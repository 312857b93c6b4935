package budgetledger.app.sheets;

import budgetledger.app.figures.FiguresService;
import budgetledger.projections.figures.FiguresDocument;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * The 决算 tables of a department-year as of a moment: the key figures as the figures API gives them — the live
 * views for "now", the same fold replayed up to {@code asOf} otherwise — laid out by {@link FinalAccounts}.
 */
@Service
public class FinalAccountsExport {
    private final FiguresService figures;
    private final YearCodes codes;

    public FinalAccountsExport(FiguresService figures, YearCodes codes) {
        this.figures = figures;
        this.codes = codes;
    }

    /** {@code table}: one table's name (summary, functional, economic, three-public, figures), or null for all. */
    public List<SheetTable> tables(String departmentId, int year, Instant asOf, String table) {
        List<FinalAccounts.Table> which = FinalAccounts.Table.of(table);
        FiguresDocument document = asOf == null ? figures.live(departmentId, year)
                : figures.replayed(departmentId, year, asOf, null);
        return FinalAccounts.tables(document, codes.of(departmentId, year, asOf), which);
    }
}
