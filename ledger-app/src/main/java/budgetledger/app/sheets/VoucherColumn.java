package budgetledger.app.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a voucher sheet (凭证表): the header a finance officer's accounting system prints, the other headers
 * it may print for the same thing, and the {@code RecordExpenditure} field the column fills. One table, read by the
 * import (header → field) and meant for the export and the template as well (field → header), so the three always
 * agree. {@link #PROJECT} and {@link #FUNCTIONAL} are no field of the command: together they name a budget line when
 * the sheet has no 预算指标 column.
 */
public enum VoucherColumn implements SheetColumn {
    DATE("businessDate", "日期", true, "业务日期", "凭证日期", "记账日期"),
    VOUCHER("voucherNo", "凭证号", true, "凭证编号", "凭证字号"),
    SUMMARY("summary", "摘要", false, "内容", "用途"),
    LINE("lineId", "预算指标", false, "指标", "指标编号", "预算指标编号"),
    PROJECT("projectCode", "项目", false, "项目编号", "项目代码"),
    FUNCTIONAL("functionalCode", "功能科目", false, "功能分类科目", "功能分类", "支出功能分类科目"),
    ECONOMIC("economicCode", "经济科目", true, "经济分类科目", "经济分类", "部门经济分类科目"),
    AMOUNT("amount", "金额", true, "金额（元）", "金额(元)", "支出金额", "借方金额"),
    PAYEE("payee", "收款人", false, "收款单位", "收款方"),
    RECEPTION_BATCHES("receptionBatches", "接待批次", false, "批次"),
    RECEPTION_PERSONS("receptionPersons", "接待人数", false, "人数"),
    PROCUREMENT("procurement", "政府采购", false, "是否政府采购");

    private final String field;
    private final String header;
    private final boolean required;
    private final List<String> aliases;

    VoucherColumn(String field, String header, boolean required, String... aliases) {
        this.field = field;
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The command field (or, for 项目 and 功能科目, the line key) the column fills. */
    @Override
    public String field() {
        return field;
    }

    /** The header as the template and the export print it. */
    @Override
    public String header() {
        return header;
    }

    /** A row without it is refused; a sheet without it needs a mapping first (预算指标: or 项目 + 功能科目). */
    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The column a printed header names: the header itself or one of its other names, spaces and case ignored. */
    public static Optional<VoucherColumn> ofHeader(String header) {
        return Arrays.stream(values()).filter(c -> c.named(header)).findFirst();
    }

    public static Optional<VoucherColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    /** Headers compare without spaces (full-width ones too) and with full-width brackets made half-width. */
    static String normal(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u3000*＊]", "").replace('（', '(').replace('）', ')')
                .toLowerCase(java.util.Locale.ROOT);
    }
}
