package budgetledger.projections.fold;

import budgetledger.core.threepublic.ThreePublicLimitsSet;

/**
 * 三公经费 控制数. Only the limits live here: the actuals are spending, read from {@link ExpenditureFold} by the
 * posting's 三公 category, so a 三公 figure can never disagree with 支出.
 */
@FoldState
public final class ThreePublicFold {
    private ThreePublicLimits limits = ThreePublicLimits.NONE;

    void apply(Object payload) {
        if (payload instanceof ThreePublicLimitsSet e) {
            // the latest limits replace the earlier ones (the ledger refuses limits below what is spent)
            limits = new ThreePublicLimits(e.abroad(), e.vehiclePurchase(), e.vehicleOperation(), e.reception(),
                    e.businessDate());
        }
    }

    public ThreePublicLimits limits() {
        return limits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreePublicFold f && limits.equals(f.limits);
    }

    @Override
    public int hashCode() {
        return limits.hashCode();
    }
}
