package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;
import budgetledger.app.ledger.CommandSender;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.app.security.ProblemException;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.core.ledger.Recorded;
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
 * Vouchers from a spreadsheet (从表格导入凭证), as the signed-in recorder: each row an ordinary {@code RecordExpenditure}
 * sent through {@link CommandSender} — the API's path, role check and rules — under an idempotency key of its
 * department-year and voucher number, so the same row imported again records nothing and a changed row under a known
 * voucher number is refused ({@code VOUCHER_CHANGED}), never doubled.
 * <p>
 * The preview is the commit undone: every row runs against the department-year's current state inside one unit of
 * work, each accepted row changing the state the next one meets (so "over budget" counts the file's earlier rows),
 * and the unit is rolled back — nothing reaches the store. A commit runs the same way and keeps the valid rows, in
 * units of {@code ledger.import.chunk-size} rows; all-or-nothing runs the file in one unit, kept only if no row is refused.
 */
@Service
public class VoucherImport {
    private static final String COMMAND = Commands.RECORD_EXPENDITURE.commandName();
    private final CommandSender sender;
    private final DepartmentDirectory directory;
    private final YearState yearState;
    private final ColumnMappings mappings;
    private final Cache ledgerCache;
    private final TransactionManager unitTransactions;
    private final Sheets.Limits limits;
    private final int chunkSize;

    public VoucherImport(CommandSender sender, DepartmentDirectory directory, YearState yearState,
                         ColumnMappings mappings, Cache ledgerCache, TransactionManager unitTransactions,
                         @Value("${ledger.limits.max-voucher-file:20MB}") DataSize maxFile,
                         @Value("${ledger.limits.max-empty-rows:1000}") int maxEmptyRows,
                         @Value("${ledger.import.chunk-size:1000}") int chunkSize) {
        this.sender = sender;
        this.directory = directory;
        this.yearState = yearState;
        this.mappings = mappings;
        this.ledgerCache = ledgerCache;
        this.unitTransactions = unitTransactions;
        this.limits = Sheets.Limits.of(maxFile, maxEmptyRows);
        this.chunkSize = Math.max(1, chunkSize);
    }

    /**
     * @param commit  false: preview only
     * @param charset a CSV's charset, or null to detect it
     * @param mapping header → field for headers the ledger does not know (remembered for the department once the
     *                sheet is read with it); empty for none
     */
    public record Request(Path file, String departmentId, int year, LedgerUser user, boolean commit,
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
    public long rows(Path file, Charset charset) {
        long[] rows = {-1};
        Sheets.read(file, charset, limits, (number, cells) -> {
            rows[0]++;
            return true;
        });
        return Math.max(0, rows[0]);
    }

    public Outcome run(Request request, LongConsumer progress) {
        if (!Permissions.mayIssue(request.user(), COMMAND, request.departmentId())) {
            throw ProblemException.forbidden("无权导入凭证（需要角色 " + Permissions.rolesFor(COMMAND) + "，且属于该部门）");
        }
        directory.requireYear(request.departmentId(), request.year());
        Map<String, String> mapping = new LinkedHashMap<>(mappings.of(request.departmentId()));
        mapping.putAll(request.mapping());
        VoucherRows rows = new VoucherRows(request.departmentId(), request.year(),
                yearState.of(request.departmentId(), request.year(), null, null).lines());
        if (request.commit() && !request.allOrNothing()) {
            // the whole file read once before anything is kept: a sheet that turns out unreadable (or a zip bomb)
            // halfway through would otherwise leave the chunks before it recorded
            rows(request.file(), request.charset());
        }
        VoucherRun run = new VoucherRun(request, rows, mapping, progress);
        try {
            Sheets.read(request.file(), request.charset(), limits, run::row);
            Outcome outcome = run.finish();
            if (!request.mapping().isEmpty()) {
                mappings.remember(request.departmentId(), request.mapping(), request.user().username());
            }
            return outcome;
        } finally {
            run.abandon();
        }
    }

    /** One file's rows, sent in units of work; the findings gathered. */
    private final class VoucherRun {
        final Request request;
        final VoucherRows rows;
        final Map<String, String> mapping;
        final LongConsumer progress;
        final String ledgerId;
        final Units units;
        final List<Finding> refused = new java.util.ArrayList<>();
        ColumnMap header;
        long count;
        long duplicates;

        VoucherRun(Request request, VoucherRows rows, Map<String, String> mapping, LongConsumer progress) {
            this.request = request;
            this.rows = rows;
            this.mapping = mapping;
            this.progress = progress;
            this.ledgerId = LedgerId.of(request.departmentId(), request.year());
            this.units = new Units(unitTransactions, () -> ledgerCache.remove(ledgerId));
        }

        boolean row(long number, List<String> cells) {
            if (header == null) {
                header = ColumnMap.of(cells, mapping);
                if (!header.complete()) {
                    throw new ColumnsUnknown(header);
                }
                return true;
            }
            count++;
            VoucherRows.Parsed parsed = rows.parse(number, header.cells(cells));
            if (parsed.refusal() != null) {
                refused.add(parsed.refusal());
            } else {
                units.begin();
                send(parsed);
                if (request.commit() && !request.allOrNothing() && units.size() >= chunkSize) {
                    units.commit(this::redo);
                }
            }
            progress.accept(count);
            return true;
        }

        private void send(VoucherRows.Parsed row) {
            row.body().putObject("audit").put("idempotencyKey",
                    VoucherRows.idempotencyKey(request.departmentId(), request.year(), row.voucherNo()));
            try {
                Recorded recorded = sender.send(COMMAND, row.body(), request.user());
                if (recorded.repeated()) {
                    duplicates++;
                } else {
                    units.accepted(row);
                }
            } catch (LedgerException e) {
                refused.add(finding(row, e));
            }
        }

        /** A unit that failed to commit (someone recorded in the department-year meanwhile): its rows one by one. */
        private void redo(List<VoucherRows.Parsed> rows) {
            rows.forEach(this::send);
        }

        Outcome finish() {
            if (header == null) {
                throw new SheetException("NO_HEADER", "文件中没有内容：第一行应为表头（日期、凭证号、金额……）");
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

    static Finding finding(VoucherRows.Parsed row, LedgerException e) {
        if (e.code() == ErrorCode.IDEMPOTENCY_CONFLICT) {
            return new Finding(row.row(), row.voucherNo(), "VOUCHER_CHANGED",
                    "凭证号已存在但内容不同：凭证号 " + row.voucherNo() + " 已导入过，本行与之不同，未重复记录（如需更正，请冲销原支出后再导入）");
        }
        if (e.code() == ErrorCode.DUPLICATE_EXPENDITURE) {
            return new Finding(row.row(), row.voucherNo(), "DUPLICATE_VOUCHER",
                    "凭证号已存在：凭证号 " + row.voucherNo() + " 已记录（支出编号 " + row.body().path("expenditureId").asText()
                            + "），未重复记录");
        }
        return new Finding(row.row(), row.voucherNo(), e.code().name(), e.getMessage());
    }
}
