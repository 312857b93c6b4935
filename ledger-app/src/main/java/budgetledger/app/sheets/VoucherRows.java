package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Commands;
import budgetledger.core.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sheet row made into the body of a {@code RecordExpenditure}, as the API takes it — or the reason it cannot be:
 * a required cell empty, an amount or a date that is none, no budget line for its 项目 + 功能科目. Whether the ledger
 * accepts the body is the ledger's rules' decision, not this class's.
 */
final class VoucherRows implements RowReader {
    static final String MISSING_FIELD = Cells.MISSING_FIELD;
    private static final String COMMAND = Commands.RECORD_EXPENDITURE.commandName();

    private final String departmentId;
    private final int year;
    private final List<YearState.Line> lines;

    VoucherRows(SheetContext context) {
        this.departmentId = context.departmentId();
        this.year = context.year();
        this.lines = context.lines();
    }

    @Override
    public SheetRow read(long row, Map<SheetColumn, String> cells) {
        String voucher = cells.getOrDefault(VoucherColumn.VOUCHER, "");
        try {
            Cells.requireFilled(List.of(VoucherColumn.values()), cells);
            ObjectNode body = LedgerJson.mapper().createObjectNode();
            body.put("departmentId", departmentId);
            body.put("year", year);
            body.put("expenditureId", expenditureId(voucher));
            body.put("voucherNo", voucher);
            body.put("businessDate", date(cells.get(VoucherColumn.DATE)).toString());
            body.put("amount", amount(cells.get(VoucherColumn.AMOUNT)));
            String economic = Cells.code(cells.get(VoucherColumn.ECONOMIC));
            body.put("economicCode", economic);
            body.put("lineId", line(cells, economic));
            text(body, "summary", cells.get(VoucherColumn.SUMMARY));
            text(body, "payee", cells.get(VoucherColumn.PAYEE));
            count(body, VoucherColumn.RECEPTION_BATCHES, cells);
            count(body, VoucherColumn.RECEPTION_PERSONS, cells);
            body.put("procurement", yes(cells.getOrDefault(VoucherColumn.PROCUREMENT, "")));
            body.putObject("audit").put("idempotencyKey", idempotencyKey(departmentId, year, voucher));
            return new SheetRow(row, voucher, COMMAND, body, null);
        } catch (Cells.Refusal | LedgerException e) {
            return SheetRow.refused(row, voucher, e);
        }
    }

    @Override
    public Finding refused(SheetRow row, LedgerException e) {
        if (e.code() == ErrorCode.IDEMPOTENCY_CONFLICT) {
            return new Finding(row.row(), row.subject(), "VOUCHER_CHANGED",
                    "凭证号已存在但内容不同：凭证号 " + row.subject() + " 已导入过，本行与之不同，未重复记录（如需更正，请冲销原支出后再导入）");
        }
        if (e.code() == ErrorCode.DUPLICATE_EXPENDITURE) {
            return new Finding(row.row(), row.subject(), "DUPLICATE_VOUCHER",
                    "凭证号已存在：凭证号 " + row.subject() + " 已记录（支出编号 " + row.body().path("expenditureId").asText()
                            + "），未重复记录");
        }
        return new Finding(row.row(), row.subject(), e.code().name(), e.getMessage());
    }

    /** The expenditure's id, the same for the same voucher number every time: "PZ-" and the number, made an ID. */
    static String expenditureId(String voucherNo) {
        return Cells.id("PZ-", voucherNo);
    }

    /** The idempotency key of a voucher in this department-year: with the content, it decides "already imported". */
    static String idempotencyKey(String departmentId, int year, String voucherNo) {
        return "voucher-import:" + Cells.digest(LedgerId.of(departmentId, year) + "\n" + voucherNo.trim()).substring(0, 32);
    }

    static LocalDate date(String text) {
        return Cells.date(text);
    }

    /** A voucher's amount: positive, at most two decimals. */
    static String amount(String text) {
        return Money.positive(Cells.decimal(text).stripTrailingZeros().toPlainString()).toString();
    }

    private String line(Map<SheetColumn, String> cells, String economic) {
        String line = cells.getOrDefault(VoucherColumn.LINE, "");
        if (!line.isBlank()) {
            return line;
        }
        String project = cells.getOrDefault(VoucherColumn.PROJECT, "");
        String functional = Cells.code(cells.getOrDefault(VoucherColumn.FUNCTIONAL, ""));
        if (project.isBlank() && functional.isBlank()) {
            throw new Cells.Refusal(MISSING_FIELD, "缺少预算指标（或项目 + 功能科目）");
        }
        List<YearState.Line> found = lines.stream()
                .filter(l -> project.isBlank() || project.equals(Objects.toString(l.projectCode(), "")))
                .filter(l -> functional.isBlank() || functional.equals(l.functionalCode()))
                .toList();
        if (found.size() > 1) {
            List<YearState.Line> byEconomic = found.stream().filter(l -> economic.equals(l.economicCode())).toList();
            found = byEconomic.isEmpty() ? found : byEconomic;
        }
        String which = (project.isBlank() ? "" : "项目 " + project + " ") + (functional.isBlank() ? "" : "功能科目 " + functional);
        if (found.isEmpty()) {
            throw new Cells.Refusal(ErrorCode.UNKNOWN_LINE.name(), "没有" + which + "的预算指标");
        }
        if (found.size() > 1) {
            throw new Cells.Refusal("AMBIGUOUS_LINE", which + "对应多个预算指标（"
                    + String.join("、", found.stream().map(YearState.Line::lineId).toList()) + "）：请填写预算指标列");
        }
        return found.get(0).lineId();
    }

    static void text(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static void count(ObjectNode body, VoucherColumn column, Map<SheetColumn, String> cells) {
        String value = cells.getOrDefault(column, "").replaceAll("[\\s人批次]", "");
        if (value.isBlank()) {
            return;
        }
        try {
            body.put(column.field(), new BigDecimal(value).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Cells.Refusal("INVALID_NUMBER", column.header() + "“" + value + "”不是整数");
        }
    }

    private static boolean yes(String value) {
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "是", "Y", "YES", "TRUE", "1", "√", "✓" -> true;
            default -> false;
        };
    }
}
