package budgetledger.core.threepublic;

/** The 三公经费 limits in force from now on. */
@org.axonframework.serialization.Revision("1")
public record ThreePublicLimitsSet(String departmentId, int year, budgetledger.core.money.Money abroad, budgetledger.core.money.Money vehiclePurchase, budgetledger.core.money.Money vehicleOperation, budgetledger.core.money.Money reception, java.time.LocalDate businessDate) implements budgetledger.core.common.LedgerEvent {
}
