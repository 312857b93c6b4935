package budgetledger.app.sheets;

import budgetledger.app.figures.FiguresService;
import budgetledger.app.figures.YearState;
import budgetledger.app.ledger.CommandSender;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.app.security.ProblemException;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Recorded;
import budgetledger.projections.fold.ProjectDef;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A sheet (从表格导入: vouchers, the 年初预算 table, adjustment documents) as the signed-in user: each row an ordinary
 * command — {@code RecordExpenditure}, {@code RecordAppropriation}, {@code ProposeBudgetAdjustment} or
 * {@code ProposeBudgetTransfer} — sent through {@link CommandSender}, the API's path, role check and rules, under an
 * idempotency key the row's {@link RowReader} makes from what identifies the row (a voucher number, a line, a document
 * row), so the same row imported again records nothing and a changed row is reported, never doubled.
 * <p>
 * The preview is the commit undone: every row runs against the department-year's current state inside one unit of
 * work, each accepted row changing the state the next one meets (so "over budget" counts the file's earlier rows),
 * and the unit is rolled back — nothing reaches the store. A commit runs the same way and keeps the valid rows, in
 * units of {@code ledger.import.chunk-size} rows; all-or-nothing runs the file in one unit, kept only if no row is refused.
 */
@Service
public class SheetImport {
    private final CommandSender sender;
    private final DepartmentDirectory directory;
    private final YearState yearState;
    private final FiguresService figures;
    private final ColumnMappings mappings;
    private final Cache ledgerCache;
    private final TransactionManager unitTransactions;
    private final Sheets.Limits limits;
    private final int chunkSize;

    public SheetImport(CommandSender sender, DepartmentDirectory directory, YearState yearState, FiguresService figures,
                       ColumnMappings mappings, Cache ledgerCache, TransactionManager unitTransactions,
                       @Value("${ledger.limits.max-voucher-file:20MB}") DataSize maxFile,
                       @Value("${ledger.limits.max-empty-rows:1000}") int maxEmptyRows,
                       @Value("${ledger.import.chunk-size:1000}") int chunkSize) {
        this.sender = sender;
        this.directory = directory;
        this.yearState = yearState;
        this.figures = figures;
        this.mappings = mappings;
        this.ledgerCache = ledgerCache;
        this.unitTransactions = unitTransactions;
        this.limits = Sheets.Limits.of(maxFile, maxEmptyRows);
        this.chunkSize = Math.max(1, chunkSize);
    }

    /**
     * @param commit  false: preview only
     * @param charset a CSV's charset, or null to detect it
     * @param mapping header → field for headers the ledger does not know (remembered for the department and kind of
     *                sheet once the sheet is read with it); empty for none
     */
    public record Request(SheetKind kind, Path file, String departmentId, int year, LedgerUser user, boolean commit,
                          boolean allOrNothing, Charset charset, Map<String, String> mapping) {
    }

    /**
     * @param rows       data rows read (the header and empty rows not counted)
     * @param accepted   rows the ledger accepts (or, for a preview, would accept)
     * @param duplicates rows already recorded, the same, by an earlier import: nothing recorded again
     * @param recorded   rows written by this run (0 for a preview, and for an all-or-nothing run with a refusal)
     */
    public record Outcome(long rows, long accepted, List<Finding> refused, long duplicates, long recorded,
                          boolean committed) {
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The data rows of a sheet (its header and empty rows not counted), read once through: for a progress bar. */
    public long rows(SheetKind kind, Path file, Charset charset) {
        String what = kind.what();
        long[] rows = {-1};
        Sheets.read(file, charset, what, limits, (number, cells) -> {
            rows[0]++;
            return true;
        });
        return Math.max(0, rows[0]);
    }

    public Outcome run(Request request, LongConsumer progress) {
        SheetKind kind = request.kind();
        if (!kind.allows(request.user(), request.departmentId())) {
            throw ProblemException.forbidden("无权导入" + kind.what() + "（需要角色 "
                    + Permissions.rolesFor(kind.commands().get(0)) + "，且属于该部门）");
        }
        directory.requireYear(request.departmentId(), request.year());
        Map<String, String> mapping = new LinkedHashMap<>(mappings.of(request.departmentId(), kind));
        mapping.putAll(request.mapping());
        RowReader reader = kind.reader(context(request.departmentId(), request.year()));
        if (request.commit() && !request.allOrNothing()) {
            // the whole file read once before anything is kept: a sheet that turns out unreadable (or a zip bomb)
            // halfway through would otherwise leave the chunks before it recorded
            rows(kind, request.file(), request.charset());
        }
        Run run = new Run(request, reader, mapping, progress);
        try {
            Sheets.read(request.file(), request.charset(), kind.what(), limits, run::row);
            Outcome outcome = run.finish();
            if (!request.mapping().isEmpty()) {
                mappings.remember(request.departmentId(), kind, request.mapping(), request.user().username());
            }
            return outcome;
        } finally {
            run.abandon();
        }
    }

    private SheetContext context(String departmentId, int year) {
        Map<String, String> projects = new LinkedHashMap<>();
        for (ProjectDef p : figures.current(LedgerId.of(departmentId, year), null, null).performance().projects()) {
            projects.put(p.code(), p.name());
        }
        return new SheetContext(departmentId, year, yearState.of(departmentId, year, null, null).lines(), projects);
    }

    /** One file's rows, sent in units of work; the findings gathered. */
    private final class Run {
        final Request request;
        final RowReader reader;
        final Map<String, String> mapping;
        final LongConsumer progress;
        final Units units;
        final List<Finding> refused = new java.util.ArrayList<>();
        ColumnMap header;
        long count;
        long duplicates;

        Run(Request request, RowReader reader, Map<String, String> mapping, LongConsumer progress) {
            this.request = request;
            this.reader = reader;
            this.mapping = mapping;
            this.progress = progress;
            String ledgerId = LedgerId.of(request.departmentId(), request.year());
            this.units = new Units(unitTransactions, () -> ledgerCache.remove(ledgerId));
        }

        boolean row(long number, List<String> cells) {
            if (header == null) {
                header = ColumnMap.of(request.kind(), cells, mapping);
                if (!header.complete()) {
                    throw new ColumnsUnknown(header);
                }
                return true;
            }
            count++;
            SheetRow row = reader.read(number, header.cells(cells));
            if (row.refusal() != null) {
                refused.add(row.refusal());
            } else {
                units.begin();
                send(row);
                if (request.commit() && !request.allOrNothing() && units.size() >= chunkSize) {
                    units.commit(this::redo);
                }
            }
            progress.accept(count);
            return true;
        }

        private void send(SheetRow row) {
            try {
                Recorded recorded = sender.send(row.command(), row.body(), request.user());
                if (recorded.repeated()) {
                    duplicates++;
                } else {
                    units.accepted(row);
                }
            } catch (LedgerException e) {
                Finding finding = reader.refused(row, e);
                if (finding == null) {
                    duplicates++;
                } else {
                    refused.add(finding);
                }
            }
        }

        /** A unit that failed to commit (someone recorded in the department-year meanwhile): its rows one by one. */
        private void redo(List<SheetRow> rows) {
            rows.forEach(this::send);
        }

        Outcome finish() {
            if (header == null) {
                throw new SheetException("NO_HEADER", "文件中没有内容：第一行应为表头（"
                        + String.join("、", request.kind().columns().stream().filter(SheetColumn::required)
                        .map(SheetColumn::header).toList()) + "……）");
            }
            boolean keep = request.commit() && !(request.allOrNothing() && !refused.isEmpty());
            long accepted = units.total();
            long recorded = keep ? units.commit(this::redo) : 0;
            if (!keep) {
                units.rollback();
            }
            refused.sort(Comparator.comparingLong(Finding::row));
            return new Outcome(count, keep ? recorded : accepted, List.copyOf(refused), duplicates, recorded, keep);
        }

        void abandon() {
            units.rollback();
        }
    }
}
