package budgetledger.core.expenditure;

/** What an expenditure moved: amount, the budget line and its keys, economic code, 三公 category (null if none), reception batches/persons, procurement flag. */
public record Posting(String lineId, budgetledger.core.classification.LineKind kind, budgetledger.core.classification.FundNature fundNature, budgetledger.core.classification.Vintage vintage, String functionalCode, String projectCode, String economicCode, budgetledger.core.classification.ThreePublicCategory threePublic, int receptionBatches, int receptionPersons, boolean procurement, budgetledger.core.money.Money amount) {
}
