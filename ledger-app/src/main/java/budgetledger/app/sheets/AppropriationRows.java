package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import budgetledger.core.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static budgetledger.app.sheets.AppropriationColumn.AMOUNT;
import static budgetledger.app.sheets.AppropriationColumn.DATE;
import static budgetledger.app.sheets.AppropriationColumn.DOCUMENT;
import static budgetledger.app.sheets.AppropriationColumn.ECONOMIC;
import static budgetledger.app.sheets.AppropriationColumn.FUNCTIONAL;
import static budgetledger.app.sheets.AppropriationColumn.FUND_NATURE;
import static budgetledger.app.sheets.AppropriationColumn.KIND;
import static budgetledger.app.sheets.AppropriationColumn.LINE;
import static budgetledger.app.sheets.AppropriationColumn.PROJECT;
import static budgetledger.app.sheets.AppropriationColumn.PROJECT_NAME;
import static budgetledger.app.sheets.AppropriationColumn.REASON;

/**
 * One row of a 年初预算 table made into the body of a {@code RecordAppropriation} (a 年初 line: {@code initial}),
 * as the API takes it. A row is recognised by its line: the 预算指标编号 typed, or — when the table has none — an id
 * made from what identifies a line (支出类型, 资金性质, 功能科目, 经济科目, 项目), the same every time. Under an
 * idempotency key of that line, the same row again is already imported, and the same line with another amount is
 * reported ({@code LINE_CHANGED}) — a budget is changed by 追加/追减, never by importing the table again.
 */
final class AppropriationRows extends KeyedRows {
    private static final String COMMAND = Commands.RECORD_APPROPRIATION.commandName();

    AppropriationRows(SheetContext context) {
        super(context);
    }

    @Override
    public SheetRow read(long row, Map<SheetColumn, String> cells) {
        String typed = Cells.cell(cells, LINE);
        // until the line's id is known, a refusal names the row by its codes
        String subject = !typed.isBlank() ? typed : String.join(" ", Stream.of(FUNCTIONAL, ECONOMIC, PROJECT, PROJECT_NAME)
                .map(c -> Cells.cell(cells, c)).filter(t -> !t.isBlank()).toList());
        try {
            Cells.requireFilled(List.of(AppropriationColumn.values()), cells);
            LineKind kind = kind(Cells.cell(cells, KIND));
            FundNature fund = fundNature(Cells.cell(cells, FUND_NATURE));
            String functional = Cells.code(Cells.cell(cells, FUNCTIONAL));
            String economic = Cells.code(Cells.cell(cells, ECONOMIC));
            String project = project(kind, cells);
            String lineId = typed.isBlank() ? lineId(kind, fund, functional, economic, project) : typed;
            subject = lineId;
            ObjectNode body = body();
            body.put("lineId", lineId);
            body.put("kind", kind.name());
            body.put("fundNature", fund.name());
            body.put("functionalCode", functional);
            VoucherRows.text(body, "economicCode", economic);
            VoucherRows.text(body, "projectCode", project);
            body.put("amount", amount(Cells.cell(cells, AMOUNT)));
            body.put("initial", true);
            String date = Cells.cell(cells, DATE);
            body.put("businessDate", (date.isBlank() ? context.year() + "-01-01" : Cells.date(date).toString()));
            ObjectNode audit = body.putObject("audit");
            VoucherRows.text(audit, "document", Cells.cell(cells, DOCUMENT));
            VoucherRows.text(audit, "reason", Cells.cell(cells, REASON));
            audit.put("idempotencyKey", "budget-import:" + digest(lineId).substring(0, 32));
            claim(lineId, row, "是同一预算指标 " + lineId + "（支出类型、资金性质、功能科目、经济科目、项目均相同）：未重复记录，请合并为一行");
            return new SheetRow(row, lineId, COMMAND, body, null);
        } catch (Cells.Refusal | LedgerException e) {
            return SheetRow.refused(row, subject, e);
        }
    }

    @Override
    public Finding refused(SheetRow row, LedgerException e) {
        if (e.code() == ErrorCode.IDEMPOTENCY_CONFLICT) {
            return changed(row, "已导入过");
        }
        if (e.code() == ErrorCode.DUPLICATE_LINE) {
            // recorded otherwise (the form, another user's import): the same line as it stands is no refusal
            Optional<YearState.Line> known = context.lines().stream()
                    .filter(l -> l.lineId().equals(row.subject())).findFirst();
            return known.isPresent() && same(known.get(), row.body()) ? null : changed(row, "已存在");
        }
        return new Finding(row.row(), row.subject(), e.code().name(), e.getMessage());
    }

    private static Finding changed(SheetRow row, String how) {
        return new Finding(row.row(), row.subject(), "LINE_CHANGED", "预算指标已存在但内容不同：预算指标 " + row.subject()
                + " " + how + "，本行（年初预算数 " + row.body().path("amount").asText() + "）与之不同，未重复记录"
                + "（年初预算下达后如需调整，请导入调整文件或提议追加/追减）");
    }

    private static boolean same(YearState.Line line, ObjectNode body) {
        return line.kind().name().equals(body.path("kind").asText())
                && line.fundNature().name().equals(body.path("fundNature").asText())
                && line.functionalCode().equals(body.path("functionalCode").asText())
                && Objects.equals(line.economicCode(), body.path("economicCode").asText(null))
                && Objects.equals(line.projectCode(), body.path("projectCode").asText(null))
                && line.initial().equals(Money.parse(body.path("amount").asText()));
    }

    /** The line's id when the table has none: 年初预算 ("YS"), the kind, and the codes that tell lines apart. */
    static String lineId(LineKind kind, FundNature fund, String functional, String economic, String project) {
        String k = switch (kind) {
            case BASIC_PERSONNEL -> "RY";
            case BASIC_PUBLIC -> "GY";
            case PROJECT -> "XM";
        };
        String key = String.join("-", Stream.of(k, functional, economic, project,
                        fund == FundNature.GENERAL_PUBLIC ? "" : fund.key())
                .filter(s -> s != null && !s.isBlank()).toList());
        return Cells.id("YS-", key);
    }

    /** 年初 0.00 is a line to be supplemented; a negative one is no budget. */
    private static String amount(String text) {
        Money amount = Money.ofYuan(Cells.decimal(text));
        if (amount.isNegative()) {
            throw new Cells.Refusal(ErrorCode.INVALID_AMOUNT.name(), "年初预算数不能为负数（" + amount
                    + "）：减少预算请用追减");
        }
        return amount.toString();
    }

    /** 基本支出-人员经费 (人员经费), 基本支出-公用经费 (公用经费), 项目支出 (项目), or the ledger's own names. */
    static LineKind kind(String text) {
        String t = plain(text);
        return switch (t) {
            case "基本支出人员经费", "人员经费", "BASIC_PERSONNEL" -> LineKind.BASIC_PERSONNEL;
            case "基本支出公用经费", "公用经费", "日常公用经费", "BASIC_PUBLIC" -> LineKind.BASIC_PUBLIC;
            case "项目支出", "项目", "PROJECT" -> LineKind.PROJECT;
            default -> throw new Cells.Refusal("INVALID_KIND", "支出类型“" + text.trim() + "”无法识别（应为 "
                    + String.join("、", Arrays.stream(LineKind.values()).map(LineKind::nameZh).toList()) + "）");
        };
    }

    /** 一般公共预算 (…资金, …拨款), 政府性基金 (…预算), …, or the ledger's own names. */
    static FundNature fundNature(String text) {
        String t = plain(text);
        for (FundNature f : FundNature.values()) {
            String zh = f.nameZh();
            if (t.equals(f.name()) || t.equals(f.key().toUpperCase(Locale.ROOT)) || t.equals(zh) || t.equals(zh + "资金")
                    || t.equals(zh + "预算") || t.equals(zh + "拨款") || t.equals(zh.replace("资金", ""))) {
                return f;
            }
        }
        throw new Cells.Refusal("INVALID_FUND_NATURE", "资金性质“" + text.trim() + "”无法识别（应为 "
                + String.join("、", Arrays.stream(FundNature.values()).map(FundNature::nameZh).toList()) + "）");
    }

    private static String plain(String text) {
        return text.replaceAll("[\\s\\u3000\\-－—–·/_]", "").toUpperCase(Locale.ROOT);
    }

    /** A 项目支出 row's project: its 项目编码, or the registered project of that 项目名称; a 基本支出 row's name is only a label. */
    private String project(LineKind kind, Map<SheetColumn, String> cells) {
        String code = Cells.cell(cells, PROJECT);
        String name = Cells.cell(cells, PROJECT_NAME);
        if (!code.isBlank() || kind != LineKind.PROJECT || name.isBlank()) {
            return code;
        }
        List<String> codes = context.projects().entrySet().stream()
                .filter(p -> name.equals(p.getValue()) || name.equals(p.getKey())).map(Map.Entry::getKey).toList();
        if (codes.size() != 1) {
            throw new Cells.Refusal(ErrorCode.UNKNOWN_PROJECT.name(), codes.isEmpty()
                    ? "没有名为“" + name + "”的已登记项目：请先登记项目，或填写项目编码"
                    : "名为“" + name + "”的项目有多个（" + String.join("、", codes) + "）：请填写项目编码");
        }
        return codes.get(0);
    }
}
