package budgetledger.app.sheets;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.expenditure.Posting;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A department-year's vouchers — its recorded expenditures, in the order recorded, those reversed marked 已冲销 — as
 * the ledger knew them at {@code asOf}, under the headers the voucher import reads ({@link VoucherColumn}), so an
 * exported sheet imports again.
 */
@Service
public class VoucherExport {
    /** The column after the import's: the import leaves it aside, a reader sees which vouchers were reversed. */
    static final String STATUS = "状态";
    static final String REVERSED = "已冲销";

    public enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format of(String text) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(Objects.toString(text, "").trim()))
                    .findFirst().orElseThrow(() -> new LedgerException(ErrorCode.INVALID_REQUEST,
                            "导出格式须为 csv 或 xlsx（format=" + text + "）"));
        }
    }

    private final DepartmentDirectory directory;
    private final StoredEvents events;

    public VoucherExport(DepartmentDirectory directory, StoredEvents events) {
        this.directory = directory;
        this.events = events;
    }

    public void write(String departmentId, int year, Instant asOf, Format format, OutputStream out) throws IOException {
        directory.requireYear(departmentId, year);
        List<String> headers = new ArrayList<>(Arrays.stream(VoucherColumn.values()).map(VoucherColumn::header).toList());
        headers.add(STATUS);
        List<List<Object>> rows = rows(LedgerId.of(departmentId, year), asOf);
        if (format == Format.CSV) {
            SheetWriter.csv(headers, rows, out);
        } else {
            SheetWriter.xlsx("凭证", headers, rows, out);
        }
    }

    private List<List<Object>> rows(String ledgerId, Instant asOf) {
        List<ExpenditureRecorded> recorded = new ArrayList<>();
        Set<String> reversed = new HashSet<>();
        events.forEachFrom(ledgerId, 0, e -> {
            // the same cut as every as-of read (Replay): what was recorded at or before asOf
            if (asOf == null || e.recordedAt() == null || !e.recordedAt().isAfter(asOf)) {
                if (e.payload() instanceof ExpenditureRecorded r) {
                    recorded.add(r);
                } else if (e.payload() instanceof ExpenditureReversed r) {
                    reversed.add(r.expenditureId());
                }
            }
            return true;
        });
        return recorded.stream().map(r -> row(r, reversed.contains(r.expenditureId()))).toList();
    }

    private static List<Object> row(ExpenditureRecorded r, boolean reversed) {
        List<Object> row = new ArrayList<>();
        for (VoucherColumn c : VoucherColumn.values()) {
            row.add(cell(c, r));
        }
        row.add(reversed ? REVERSED : "");
        return row;
    }

    private static Object cell(VoucherColumn column, ExpenditureRecorded r) {
        Posting p = r.posting();
        return switch (column) {
            case DATE -> r.businessDate().toString();
            case VOUCHER -> Objects.toString(r.voucherNo(), "");
            case SUMMARY -> Objects.toString(r.summary(), "");
            case LINE -> p.lineId();
            case PROJECT -> Objects.toString(p.projectCode(), "");
            case FUNCTIONAL -> Objects.toString(p.functionalCode(), "");
            case ECONOMIC -> Objects.toString(p.economicCode(), "");
            case AMOUNT -> p.amount().toYuan();
            case PAYEE -> Objects.toString(r.payee(), "");
            case RECEPTION_BATCHES -> count(p, p.receptionBatches());
            case RECEPTION_PERSONS -> count(p, p.receptionPersons());
            case PROCUREMENT -> p.procurement() ? "是" : "否";
        };
    }

    /**
     * A reception's count as recorded (0 included: a further voucher of a counted batch); blank for any other
     * voucher and for a reception whose counts history never recorded (未记录), as the import reads them.
     */
    private static Object count(Posting p, Integer n) {
        return p.threePublic() != ThreePublicCategory.RECEPTION || n == null ? "" : BigDecimal.valueOf(n);
    }
}
