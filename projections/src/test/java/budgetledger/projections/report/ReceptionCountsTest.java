package budgetledger.projections.report;

import budgetledger.projections.fold.LedgerFixture;
import org.junit.jupiter.api.Test;


import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 接待批次与人数 (docs/rules.md): a reception voucher imported from history without its batches and persons makes the
 * counts null — the report says 未记录 and how many vouchers lack them — never "公务接待批次为 0次"; reversing that
 * voucher takes it back out, and the counts of the rest are then facts again.
 */
class ReceptionCountsTest {

    private static LedgerFixture books() {
        return LedgerFixture.year(2024)
                .line("u", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", null, null, "50000.00")
                .threePublicLimits("0", "0", "0", "20000.00")
                .spendOnReception("r1", "u", "800.00", 2, 9)
                .spendOnReceptionUnrecorded("r2", "u", "300.00");
    }

    @Test
    void aVoucherWithoutCountsMakesThemUnrecordedNotZero() {
        assertThat(ReportFixture.figures(books()).figures())
                .containsEntry("threePublic.reception.batches", null)
                .containsEntry("threePublic.reception.persons", null)
                .containsEntry("threePublic.reception.unrecorded", 1)
                .containsEntry("threePublic.reception.actual", "1100.00");
        assertThat(ReportFixture.markdown(books())).contains("公务接待批次和接待人数未记录（1笔公务接待费支出未填写批次和人数）")
                .doesNotContain("公务接待批次为");
    }

    @Test
    void reversingTheUnrecordedVoucherLeavesTheRecordedCountsAsFacts() {
        LedgerFixture books = books().reverse("r2");
        assertThat(ReportFixture.figures(books).figures())
                .containsEntry("threePublic.reception.batches", 2)
                .containsEntry("threePublic.reception.persons", 9)
                .containsEntry("threePublic.reception.unrecorded", 0);
        assertThat(ReportFixture.markdown(books)).contains("公务接待批次为 2次，公务接待人数为 9人");
    }
}
