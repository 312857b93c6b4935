package budgetledger.app.audit;

import budgetledger.app.figures.YearAndPrior;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.figures.KeyFigures;
import budgetledger.projections.fold.Replay;
import budgetledger.projections.stream.RecordedEvent;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An {@code export-events} file as a ledger of its own, without a database: a reviewer can check its hash chains
 * and rebuild a past year's figures from the archive a department handed in — the same fold, the same figures.
 */
public final class ExportArchive implements RowSource {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final String LEDGER = "DepartmentYearLedger";
    private static final String DEPARTMENT = "Department";
    private final List<StoredRow> rows;

    private ExportArchive(List<StoredRow> rows) {
        this.rows = rows;
    }

    public static ExportArchive read(Path file) throws IOException {
        List<StoredRow> rows = new ArrayList<>();
        long lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(AuditService.fromJson(line));
                } catch (IOException e) {
                    throw new LedgerException(ErrorCode.INVALID_REQUEST, "导出文件第 " + lineNo + " 行不是有效的 JSON");
                }
            }
        }
        return new ExportArchive(rows);
    }

    /** The department-year rows in scope, grouped by stream, each stream in the file's order (a reordering is named). */
    @Override
    public void forEachLedgerRow(String departmentId, Integer year, Consumer<StoredRow> sink) {
        String only = departmentId == null || year == null ? null : LedgerId.of(departmentId, year);
        rows.stream().filter(r -> LEDGER.equals(r.aggregateType())).filter(r -> departmentId == null
                        || (only == null ? r.ledgerId().startsWith(departmentId + "/") : r.ledgerId().equals(only)))
                .sorted(Comparator.comparing(StoredRow::ledgerId)).forEach(sink);
    }

    @Override
    public void forEachDepartmentRow(String departmentId, Consumer<StoredRow> sink) {
        rows.stream().filter(r -> DEPARTMENT.equals(r.aggregateType()) && r.ledgerId().equals(departmentId))
                .sorted(Comparator.comparingLong(StoredRow::sequence)).forEach(sink);
    }

    @Override
    public void forEachRegistration(Consumer<StoredRow> sink) {
        rows.stream().filter(r -> DEPARTMENT.equals(r.aggregateType()))
                .sorted(Comparator.comparingLong(StoredRow::globalIndex)).forEach(sink);
    }

    public ChainVerifier.Report verify() {
        ChainVerifier verifier = new ChainVerifier();
        rows.stream().filter(r -> LEDGER.equals(r.aggregateType())).forEach(verifier::accept);
        // the department registry's chain (登记链), in the store's order, its break named among the others
        ChainVerifier registry = new ChainVerifier();
        RegistryChain.forEachLink(this::forEachRegistration, registry::accept, () -> {
        });
        return verifier.report(Map.of()).with(registry.report(Map.of()).breaks());
    }

    public FiguresDocument figures(String departmentId, int year, Instant asOf, LocalDate through, FiguresOptions options) {
        YearAndPrior years = replayWithPrior(streams(), departmentId, year, asOf, through);
        return KeyFigures.build(years.current(), years.prior(), asOf, through, options);
    }

    /** A department-year and its prior year from exported streams alone, as {@link YearAndPrior} folds them. */
    public static YearAndPrior replayWithPrior(Map<String, List<RecordedEvent>> streams, String departmentId, int year,
                                               Instant asOf, LocalDate through) {
        String ledgerId = LedgerId.of(departmentId, year);
        if (!streams.containsKey(ledgerId)) {
            throw new LedgerException(ErrorCode.YEAR_NOT_OPEN, "导出文件中没有 " + ledgerId);
        }
        return YearAndPrior.fold(departmentId, year, through, y -> streams.containsKey(LedgerId.of(departmentId, y)),
                (id, cut) -> Replay.fold(id, streams.get(id), asOf, cut));
    }

    /** The department-year streams, their payloads read back into the events they were written from. */
    public Map<String, List<RecordedEvent>> streams() {
        Map<String, List<RecordedEvent>> out = new LinkedHashMap<>();
        for (StoredRow row : rows) {
            if (LEDGER.equals(row.aggregateType())) {
                out.computeIfAbsent(row.ledgerId(), k -> new ArrayList<>()).add(event(row));
            }
        }
        return out;
    }

    private static RecordedEvent event(StoredRow row) {
        try {
            Object payload = LedgerJson.mapper().readValue(row.payloadJson(), Class.forName(row.payloadType()));
            Map<String, String> meta = row.metadataJson() == null ? Map.of()
                    : LedgerJson.mapper().readValue(row.metadataJson(), STRING_MAP);
            String recorded = meta.get(AuditKeys.RECORDED_AT);
            String business = meta.get(AuditKeys.BUSINESS_DATE);
            return new RecordedEvent(row.ledgerId(), row.sequence(), row.globalIndex(),
                    recorded == null ? IsoTimes.instant(row.timestamp()) : IsoTimes.instant(recorded),
                    business == null ? null : LocalDate.parse(business), payload, meta);
        } catch (IOException | ClassNotFoundException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "导出文件中的事件无法读取: " + row.ledgerId() + " #"
                    + row.sequence() + " (" + row.payloadType() + ")");
        }
    }
}
