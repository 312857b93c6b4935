package budgetledger.core.expenditure;

/**
 * What an expenditure moved: amount, the budget line and its keys, economic code, 三公 category (null if none),
 * reception batches/persons, procurement flag. Batches and persons are null only on a 公务接待费 posting imported from
 * history that never recorded them (未记录); every other posting states them (0 when not a reception).
 */
public record Posting(String lineId, budgetledger.core.classification.LineKind kind, budgetledger.core.classification.FundNature fundNature, budgetledger.core.classification.Vintage vintage, String functionalCode, String projectCode, String economicCode, budgetledger.core.classification.ThreePublicCategory threePublic, Integer receptionBatches, Integer receptionPersons, boolean procurement, budgetledger.core.money.Money amount) {
}
