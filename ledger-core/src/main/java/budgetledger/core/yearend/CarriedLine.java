package budgetledger.core.yearend;

/** A budget line's unspent authority moved to the next year at close (结转); it keeps kind, fund nature, codes and project. */
public record CarriedLine(String lineId, budgetledger.core.classification.LineKind kind, budgetledger.core.classification.FundNature fundNature, String functionalCode, String economicCode, String projectCode, budgetledger.core.money.Money amount) {
}
