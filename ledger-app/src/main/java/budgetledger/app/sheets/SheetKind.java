package budgetledger.app.sheets;

import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Permissions;
import budgetledger.core.ledger.Commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of sheet the ledger imports, each with its columns, the commands its rows become (who may import it is
 * who may send them) and how a row is read. One import ({@link SheetImport}), one API, one page and one CLI path for
 * all of them: {@code name} is the last segment of {@code …/imports/{name}} and the CLI's {@code --kind}.
 */
public enum SheetKind {
    VOUCHERS("vouchers", "凭证", "凭证号", "voucherNo", VoucherColumn.values(), Commands.RECORD_EXPENDITURE),
    APPROPRIATIONS("appropriations", "年初预算", "预算指标", "lineId", AppropriationColumn.values(),
            Commands.RECORD_APPROPRIATION),
    ADJUSTMENTS("adjustments", "预算调整", "文号", "document", AdjustmentColumn.values(),
            Commands.PROPOSE_BUDGET_ADJUSTMENT, Commands.PROPOSE_BUDGET_TRANSFER);

    private final String path;
    private final String what;
    private final String subject;
    private final String subjectField;
    private final List<SheetColumn> columns;
    private final List<String> commands;

    SheetKind(String path, String what, String subject, String subjectField, SheetColumn[] columns, Commands... commands) {
        this.path = path;
        this.what = what;
        this.subject = subject;
        this.subjectField = subjectField;
        this.columns = List.of(columns);
        this.commands = Arrays.stream(commands).map(Commands::commandName).toList();
    }

    /** The kind a path segment or {@code --kind} names. */
    public static Optional<SheetKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.path.equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public String path() {
        return path;
    }

    /** What the sheet holds, in Chinese: 凭证, 年初预算, 预算调整. */
    public String what() {
        return what;
    }

    /** The Chinese name of what a finding's {@code subject} is (凭证号, 预算指标, 文号). */
    public String subject() {
        return subject;
    }

    /** The key a finding's subject has in the API's answer (a voucher's is {@code voucherNo}, as it always was). */
    public String subjectField() {
        return subjectField;
    }

    public List<SheetColumn> columns() {
        return columns;
    }

    /** The commands its rows become: an importer must be allowed each. */
    public List<String> commands() {
        return commands;
    }

    /** Whether the user may import this kind into the department: may send each of its commands there. */
    public boolean allows(LedgerUser user, String departmentId) {
        return commands.stream().allMatch(c -> Permissions.mayIssue(user, c, departmentId));
    }

    public Optional<SheetColumn> ofHeader(String header) {
        return columns.stream().filter(c -> c.named(header)).findFirst();
    }

    public Optional<SheetColumn> ofField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** The columns a header row lacks: the required ones, and for vouchers 预算指标 unless 项目 or 功能科目 names the line. */
    List<SheetColumn> missing(Set<SheetColumn> seen) {
        List<SheetColumn> missing = new ArrayList<>(columns.stream().filter(c -> c.required() && !seen.contains(c)).toList());
        if (this == VOUCHERS && !seen.contains(VoucherColumn.LINE)
                && !(seen.contains(VoucherColumn.PROJECT) || seen.contains(VoucherColumn.FUNCTIONAL))) {
            missing.add(VoucherColumn.LINE);
        }
        return missing;
    }

    /** How a missing column is named in the refusal. */
    String missingLabel(SheetColumn column) {
        return column == VoucherColumn.LINE ? "预算指标（或项目 + 功能科目）" : column.header();
    }

    RowReader reader(SheetContext context) {
        return switch (this) {
            case VOUCHERS -> new VoucherRows(context);
            case APPROPRIATIONS -> new AppropriationRows(context);
            case ADJUSTMENTS -> new AdjustmentRows(context);
        };
    }
}
