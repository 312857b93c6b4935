package budgetledger.app.sheets;

import budgetledger.core.budget.AdjustmentDirection;
import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cells as sheets hold them, read without a database: amounts, dates, CSV quoting and charsets, headers. */
class SheetCellsTest {
    @TempDir
    Path dir;

    @Test
    void amountsAreReadExactlyWithTheirSeparatorsAndNeverRounded() {
        assertThat(VoucherRows.amount("12,345.60")).isEqualTo("12345.60");
        assertThat(VoucherRows.amount("￥1,280.00 元")).isEqualTo("1280.00");
        assertThat(VoucherRows.amount("12345.6")).isEqualTo("12345.60");
        assertThat(VoucherRows.amount("1.23456E4")).isEqualTo("12345.60");
        // a formula's cached double: its binary tail is no third decimal
        assertThat(VoucherRows.amount("0.30000000000000004")).isEqualTo("0.30");
        assertThatThrownBy(() -> VoucherRows.amount("12.345")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("两位小数");
        assertThatThrownBy(() -> VoucherRows.amount("-5.00")).isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> VoucherRows.amount("十元")).isInstanceOf(LedgerException.class);
    }

    @Test
    void datesInTheFormsAccountingSystemsPrint() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        for (String text : List.of("2024-03-01", "2024/3/1", "2024.03.01", "2024年3月1日", "20240301", "45352",
                "45352.75", "2024-03-01 00:00:00")) {
            assertThat(VoucherRows.date(text)).as(text).isEqualTo(march1);
        }
        assertThatThrownBy(() -> VoucherRows.date("2024-02-30")).hasMessageContaining("无法识别");
        assertThatThrownBy(() -> VoucherRows.date("三月一日")).hasMessageContaining("无法识别");
    }

    @Test
    void theExpenditureIdOfAVoucherIsStableAndAnId() {
        assertThat(VoucherRows.expenditureId("记-12")).isEqualTo("PZ-记-12");
        String spaced = VoucherRows.expenditureId("记 12");
        String slashed = VoucherRows.expenditureId("记/12");
        assertThat(spaced).startsWith("PZ-记-12-").isEqualTo(VoucherRows.expenditureId("记 12"));
        assertThat(slashed).startsWith("PZ-记-12-").isNotEqualTo(spaced);
        assertThat(spaced).matches("[\\p{L}\\p{N}][\\p{L}\\p{N}_:.-]*");
    }

    @Test
    void csvFieldsAreQuotedPerRfc4180() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        CsvSheet.parse(new StringReader("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast,row"),
                (n, cells) -> rows.add(cells) || true);
        assertThat(rows).containsExactly(List.of("a", "b,1", "say \"hi\""), List.of("two\nlines", "", "x"), List.of(),
                List.of("last", "row"));
    }

    @Test
    void aCsvIsUtf8WhenItIsValidUtf8AndGb18030Otherwise() throws Exception {
        Path utf8 = dir.resolve("u.csv");
        Path gb = dir.resolve("g.csv");
        Files.writeString(utf8, "日期,凭证号\n", StandardCharsets.UTF_8);
        Files.writeString(gb, "日期,凭证号\n", Charset.forName("GB18030"));
        assertThat(CsvSheet.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvSheet.detect(gb)).isEqualTo(CsvSheet.GB18030);
        List<List<String>> read = new ArrayList<>();
        Sheets.read(gb, null, null, new Sheets.Limits(1 << 20, 10), (n, cells) -> read.add(cells));
        assertThat(read).containsExactly(List.of("日期", "凭证号"));
    }

    @Test
    void headersByTheirNamesOrAMappingAndWhatIsMissing() {
        ColumnMap known = ColumnMap.of(SheetKind.VOUCHERS, List.of("日期 ", "凭证号", "金额（元）", "经济分类科目", "项目", "功能科目"), Map.of());
        assertThat(known.complete()).isTrue();
        assertThat(known.columns()).containsEntry(2, VoucherColumn.AMOUNT).containsEntry(3, VoucherColumn.ECONOMIC);

        ColumnMap unknown = ColumnMap.of(SheetKind.VOUCHERS, List.of("记账日期", "单据号", "发生额", "科目"), Map.of());
        assertThat(unknown.missing()).containsExactly(VoucherColumn.VOUCHER, VoucherColumn.ECONOMIC,
                VoucherColumn.AMOUNT, VoucherColumn.LINE);
        ColumnMap mapped = ColumnMap.of(SheetKind.VOUCHERS, List.of("记账日期", "单据号", "发生额", "科目", "指标"),
                Map.of("单据号", "voucherNo", "发生额", "amount", "科目", "economicCode"));
        assertThat(mapped.complete()).isTrue();
        // a header mapped to no field is left aside even when its name is known
        assertThat(ColumnMap.of(SheetKind.VOUCHERS, List.of("日期", "凭证号", "金额", "经济科目", "预算指标"), Map.of("金额", "")).missing())
                .containsExactly(VoucherColumn.AMOUNT);
    }

    @Test
    void budgetCellsAsBudgetTablesWriteThem() {
        assertThat(AppropriationRows.kind("基本支出-人员经费")).isEqualTo(LineKind.BASIC_PERSONNEL);
        assertThat(AppropriationRows.kind("基本支出——公用经费")).isEqualTo(LineKind.BASIC_PUBLIC);
        assertThat(AppropriationRows.kind(" 项目支出 ")).isEqualTo(LineKind.PROJECT);
        assertThatThrownBy(() -> AppropriationRows.kind("基本支出")).hasMessageContaining("支出类型“基本支出”无法识别");
        assertThat(AppropriationRows.fundNature("一般公共预算资金")).isEqualTo(FundNature.GENERAL_PUBLIC);
        assertThat(AppropriationRows.fundNature("政府性基金预算")).isEqualTo(FundNature.GOV_FUND);
        assertThat(AppropriationRows.fundNature("其他资金")).isEqualTo(FundNature.OTHER);
        assertThatThrownBy(() -> AppropriationRows.fundNature("自筹")).hasMessageContaining("资金性质“自筹”无法识别");
        // the same line, the same id; what no ID may hold is replaced, and a digest keeps such ids apart
        assertThat(AppropriationRows.lineId(LineKind.BASIC_PUBLIC, FundNature.GENERAL_PUBLIC, "2013201", "30201", ""))
                .isEqualTo("YS-GY-2013201-30201");
        assertThat(AppropriationRows.lineId(LineKind.PROJECT, FundNature.GOV_FUND, "2013202", "", "P 1"))
                .startsWith("YS-XM-2013202-P-1-govFund-");
        assertThat(AdjustmentRows.direction("追加")).isEqualTo(AdjustmentDirection.SUPPLEMENT);
        assertThat(AdjustmentRows.direction("调剂")).isNull();
        assertThatThrownBy(() -> AdjustmentRows.direction("调增")).hasMessageContaining("应为 追加、追减 或 调剂");
        assertThat(ColumnMap.of(SheetKind.APPROPRIATIONS, List.of("支出类型", "资金性质", "功能分类科目", "金额"),
                Map.of()).complete()).isTrue();
        assertThat(ColumnMap.of(SheetKind.ADJUSTMENTS, List.of("文号", "调整类型", "预算指标", "金额"), Map.of())
                .missing()).containsExactly(AdjustmentColumn.DATE);
    }
}
