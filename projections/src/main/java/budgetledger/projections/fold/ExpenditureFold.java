package budgetledger.projections.fold;

import budgetledger.core.expenditure.ExpenditureRecorded;
import budgetledger.core.expenditure.ExpenditureReversed;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.money.Money;

import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * 支出, net of 冲销. Spending is kept in buckets by line × economic code × procurement rather than per voucher:
 * the state stays small however many vouchers a year has, and every split the forms ask for (kind, fund
 * nature, vintage, project, functional and economic code, 三公 category) can still be read from it.
 */
@FoldState
public final class ExpenditureFold {
    private TreeMap<String, SpendBucket> buckets = new TreeMap<>();

    void apply(Object payload) {
        if (payload instanceof ExpenditureRecorded e) {
            post(e.posting(), 1);
        } else if (payload instanceof ExpenditureReversed e) {
            // the reversal carries the reversed posting (positive amounts): take it back out
            post(e.posting(), -1);
        }
    }

    private void post(Posting p, int sign) {
        String key = SpendBucket.keyOf(p);
        buckets.put(key, buckets.getOrDefault(key, SpendBucket.empty(p)).post(p, sign));
    }

    public Collection<SpendBucket> buckets() {
        return Collections.unmodifiableCollection(buckets.values());
    }

    public Money sum(Predicate<SpendBucket> which) {
        Money total = Money.ZERO;
        for (SpendBucket b : buckets.values()) {
            if (which.test(b)) {
                total = total.plus(b.amount());
            }
        }
        return total;
    }

    public int receptionBatches() {
        return buckets.values().stream().mapToInt(SpendBucket::receptionBatches).sum();
    }

    public int receptionPersons() {
        return buckets.values().stream().mapToInt(SpendBucket::receptionPersons).sum();
    }

    /** Live (not reversed) 公务接待 vouchers whose batches and persons history never recorded. */
    public int receptionUnrecorded() {
        return buckets.values().stream().mapToInt(SpendBucket::receptionUnrecorded).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpenditureFold f && buckets.equals(f.buckets);
    }

    @Override
    public int hashCode() {
        return buckets.hashCode();
    }
}
