package budgetledger.projections.fold;

import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.money.Money;

import java.time.LocalDate;

/** The 三公经费 控制数 in force, per category, and the business date they were set on. */
public record ThreePublicLimits(Money abroad, Money vehiclePurchase, Money vehicleOperation, Money reception,
                                LocalDate setOn) {
    public static final ThreePublicLimits NONE =
            new ThreePublicLimits(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);

    public Money of(ThreePublicCategory category) {
        return switch (category) {
            case ABROAD -> abroad;
            case VEHICLE_PURCHASE -> vehiclePurchase;
            case VEHICLE_OPERATION -> vehicleOperation;
            case RECEPTION -> reception;
        };
    }
}
