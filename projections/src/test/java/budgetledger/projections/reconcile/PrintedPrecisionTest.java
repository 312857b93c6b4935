package budgetledger.projections.reconcile;

import budgetledger.core.audit.LedgerJson;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.FiguresOptions;
import budgetledger.projections.fold.LedgerFixture;
import budgetledger.projections.report.ReportInput;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static budgetledger.core.classification.FundNature.GENERAL_PUBLIC;
import static budgetledger.core.classification.LineKind.BASIC_PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

/** A printed report is checked at the precision it prints, and its totals against its own rows. */
class PrintedPrecisionTest {
    /** 123,449.67 元 spent of 200,000.00: execution rate 0.6172. */
    private static final FiguresDocument LEDGER = ReportInput.of(LedgerFixture.year(2024)
            .line("office", BASIC_PUBLIC, GENERAL_PUBLIC, "2013201", "30201", null, "200000.00")
            .spend("a", "office", "30201", "123449.67").view(), null, null, null, FiguresOptions.DEFAULT).figures();

    private static Reconciliation.Result reconcile(String claims) throws Exception {
        JsonNode json = LedgerJson.mapper().readTree(claims);
        return Reconciliation.reconcile(json, LEDGER);
    }

    @Test
    void aClaimInWanYuanMatchesAtTheDecimalsItWasPrintedWith() throws Exception {
        assertThat(reconcile("{\"unit\":\"万元\",\"figures\":{\"expenditure.total\":\"12.345\"}}").clean()).isTrue();
        // 12.344967 万元 printed with two decimals is 12.34; 12.35 is not what the ledger holds
        assertThat(reconcile("{\"unit\":\"万元\",\"figures\":{\"expenditure.total\":\"12.34\"}}").clean()).isTrue();
        assertThat(reconcile("{\"unit\":\"万元\",\"figures\":{\"expenditure.total\":\"12.35\"}}").differences())
                .singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("expenditure.total"));
        assertThat(reconcile("{\"figures\":{\"expenditure.total\":\"12.33万元\"}}").clean()).isFalse();
        assertThat(reconcile("{\"figures\":{\"expenditure.total\":\"12.3450万元\"}}").clean()).isTrue();
        // without a unit, money is in 元 and compared to the fen
        assertThat(reconcile("{\"figures\":{\"expenditure.total\":\"123449.67\"}}").clean()).isTrue();
        assertThat(reconcile("{\"figures\":{\"expenditure.total\":\"123449.66\"}}").clean()).isFalse();
        // the document's 万元 is for money only: a rate or a count is as printed
        assertThat(reconcile("{\"unit\":\"万元\",\"figures\":{\"execution.rate\":\"0.62\"}}").clean()).isTrue();
        assertThat(reconcile("{\"unit\":\"万元\",\"figures\":{\"execution.rate\":\"0.61\"}}").clean()).isFalse();
    }

    @Test
    void aTotalThatIsNotTheSumOfItsRowsIsAContradiction() throws Exception {
        Reconciliation.Result r = reconcile("{\"figures\":{\"budget.initial\":\"100.00\","
                + "\"budget.basic.initial\":\"60.00\",\"budget.project.initial\":\"30.00\"}}");
        assertThat(r.contradictions()).extracting(Reconciliation.Contradiction::name).contains("budget.initial");
        assertThat(r.contradictions()).filteredOn(c -> c.name().equals("budget.initial")).singleElement()
                .satisfies(c -> assertThat(c.implied()).isEqualTo("90.00"));
    }
}
