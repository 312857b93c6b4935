package budgetledger.core.expenditure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 记录支出 voucher by voucher. The 三公 category is derived from the economic code, never typed. */
public record RecordExpenditure(String departmentId, int year, String expenditureId, String lineId, budgetledger.core.money.Money amount, java.time.LocalDate businessDate, String economicCode, String payee, String voucherNo, String summary, Integer receptionBatches, Integer receptionPersons, boolean procurement) implements budgetledger.core.common.LedgerCommand {

    /** The department-year ledger this command is for. */
    @TargetAggregateIdentifier
    @Override
    public String ledgerId() {
        return budgetledger.core.common.LedgerId.of(departmentId, year);
    }
}
