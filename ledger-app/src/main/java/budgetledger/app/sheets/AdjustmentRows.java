package budgetledger.app.sheets;

import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import budgetledger.core.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static budgetledger.app.sheets.AdjustmentColumn.AMOUNT;
import static budgetledger.app.sheets.AdjustmentColumn.DATE;
import static budgetledger.app.sheets.AdjustmentColumn.DOCUMENT;
import static budgetledger.app.sheets.AdjustmentColumn.LINE;
import static budgetledger.app.sheets.AdjustmentColumn.REASON;
import static budgetledger.app.sheets.AdjustmentColumn.TO_LINE;
import static budgetledger.app.sheets.AdjustmentColumn.TYPE;

/**
 * One row of an adjustment document made into a proposal, as the API takes it: 追加 / 追减 a
 * {@code ProposeBudgetAdjustment} of its 预算指标, 调剂 a {@code ProposeBudgetTransfer} from its 预算指标 to its 调入指标,
 * with the 文号 and 摘要 in the audit (the approval carries them on). Nothing changes a line until a different
 * approver approves the proposal on the worklist. A row is recognised by its 文号, type and line(s): the proposal's
 * id is made from them, so the same row again is already imported, and the same row with another amount or date is
 * reported ({@code ADJUSTMENT_CHANGED}), never proposed twice.
 */
final class AdjustmentRows extends KeyedRows {
    private static final String ADJUST = Commands.PROPOSE_BUDGET_ADJUSTMENT.commandName();
    private static final String TRANSFER = Commands.PROPOSE_BUDGET_TRANSFER.commandName();

    AdjustmentRows(SheetContext context) {
        super(context);
    }

    @Override
    public SheetRow read(long row, Map<SheetColumn, String> cells) {
        String document = Cells.cell(cells, DOCUMENT);
        try {
            Cells.requireFilled(List.of(AdjustmentColumn.values()), cells);
            String type = Cells.cell(cells, TYPE);
            AdjustmentDirection direction = direction(type);
            String line = Cells.cell(cells, LINE);
            String toLine = Cells.cell(cells, TO_LINE);
            if (direction == null && toLine.isBlank()) {
                throw new Cells.Refusal(Cells.MISSING_FIELD, "缺少调入指标：调剂须写明从预算指标调入哪个指标");
            }
            if (direction != null && !toLine.isBlank()) {
                throw new Cells.Refusal("INVALID_TYPE", direction.nameZh() + "只涉及一个预算指标，不填调入指标（调入调出请写调剂）");
            }
            String identity = document + "\n" + (direction == null ? "调剂" : direction.name()) + "\n" + line + "\n" + toLine;
            ObjectNode body = body();
            body.put("proposalId", proposalId(document, identity));
            if (direction == null) {
                body.put("fromLineId", line);
                body.put("toLineId", toLine);
            } else {
                body.put("lineId", line);
                body.put("direction", direction.name());
            }
            body.put("amount", Money.positive(Cells.decimal(Cells.cell(cells, AMOUNT)).stripTrailingZeros()
                    .toPlainString()).toString());
            body.put("businessDate", Cells.date(Cells.cell(cells, DATE)).toString());
            ObjectNode audit = body.putObject("audit");
            audit.put("document", document);
            VoucherRows.text(audit, "reason", Cells.cell(cells, REASON));
            audit.put("idempotencyKey", "adjustment-import:" + digest(identity).substring(0, 32));
            claim(identity, row, "重复（文号、调整类型、预算指标均相同）：未重复提议，请合并为一行");
            return new SheetRow(row, document, direction == null ? TRANSFER : ADJUST, body, null);
        } catch (Cells.Refusal | LedgerException e) {
            return SheetRow.refused(row, document, e);
        }
    }

    @Override
    public Finding refused(SheetRow row, LedgerException e) {
        String proposal = row.body().path("proposalId").asText();
        if (e.code() == ErrorCode.IDEMPOTENCY_CONFLICT) {
            return new Finding(row.row(), row.subject(), "ADJUSTMENT_CHANGED", "调整已提议但内容不同：文号 " + row.subject()
                    + " 的这一行已导入过（提议 " + proposal + "），本行金额或日期与之不同，未重复提议");
        }
        if (e.code() == ErrorCode.DUPLICATE_PROPOSAL) {
            return new Finding(row.row(), row.subject(), "DUPLICATE_PROPOSAL", "调整已提议：文号 " + row.subject()
                    + " 的这一行已由他人提议（提议 " + proposal + "），未重复提议");
        }
        return new Finding(row.row(), row.subject(), e.code().name(), e.getMessage());
    }

    /** "WH-" and the 文号 made an ID, then a digest of the row's identity: the same row, the same proposal. */
    private String proposalId(String document, String identity) {
        String id = Cells.id("WH-", document);
        return id.substring(0, Math.min(id.length(), 70)) + "-" + digest(identity).substring(0, 8);
    }

    /** 追加 or 追减; null for 调剂. */
    static AdjustmentDirection direction(String type) {
        return switch (type.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT)) {
            case "追加", "SUPPLEMENT" -> AdjustmentDirection.SUPPLEMENT;
            case "追减", "REDUCTION" -> AdjustmentDirection.REDUCTION;
            case "调剂", "TRANSFER" -> null;
            default -> throw new Cells.Refusal("INVALID_TYPE", "调整类型“" + type.trim() + "”无法识别（应为 追加、追减 或 调剂）");
        };
    }
}
