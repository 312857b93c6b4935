package budgetledger.core.threepublic;

import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;
import budgetledger.core.money.Money;

import java.util.EnumMap;
import java.util.Map;

/**
 * 三公经费控制: each category's limit (控制数) and what is spent against it. Nothing is spent past a limit, a limit is
 * never set below what is already spent, and with no limit set the limit is zero — 三公 spending needs a budget.
 */
public final class ThreePublicControl {
    private final Map<ThreePublicCategory, Long> limitFen = new EnumMap<>(ThreePublicCategory.class);
    private final Map<ThreePublicCategory, Long> spentFen = new EnumMap<>(ThreePublicCategory.class);

    public Fact setLimits(SetThreePublicLimits c, DepartmentYear dy) {
        Map<ThreePublicCategory, Money> limits = new EnumMap<>(ThreePublicCategory.class);
        limits.put(ThreePublicCategory.ABROAD, c.abroad());
        limits.put(ThreePublicCategory.VEHICLE_PURCHASE, c.vehiclePurchase());
        limits.put(ThreePublicCategory.VEHICLE_OPERATION, c.vehicleOperation());
        limits.put(ThreePublicCategory.RECEPTION, c.reception());
        limits.forEach((category, limit) -> {
            Money.requireNonNegative(limit);
            long spent = spentOf(category);
            if (limit.fen() < spent) {
                throw new LedgerException(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED,
                        category.nameZh() + " 已支出 " + Money.ofFen(spent) + " 元，控制数不能低于此数");
            }
        });
        dy.requireDate(c.businessDate());
        return new Fact(new ThreePublicLimitsSet(dy.departmentId(), dy.year(), c.abroad(), c.vehiclePurchase(),
                c.vehicleOperation(), c.reception(), c.businessDate()), c.businessDate(), "threePublic");
    }

    /** Refuses a 三公 expenditure that would take its category past the limit. */
    public void checkSpend(ThreePublicCategory category, Money amount) {
        long limit = limitFen.getOrDefault(category, 0L);
        long spent = spentOf(category);
        if (Math.addExact(spent, amount.fen()) > limit) {
            throw new LedgerException(ErrorCode.THREE_PUBLIC_LIMIT_EXCEEDED, category.nameZh() + " 控制数 "
                    + Money.ofFen(limit) + " 元，已支出 " + Money.ofFen(spent) + " 元，本次 " + amount + " 元");
        }
    }

    /** 接待批次/人数 belong to 公务接待费 only; returns {batches, persons}, absent as zero. */
    public static int[] reception(ThreePublicCategory category, Integer batches, Integer persons) {
        int b = batches == null ? 0 : batches;
        int p = persons == null ? 0 : persons;
        if (b < 0 || p < 0) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "接待批次和人数不能为负数");
        }
        if (category != ThreePublicCategory.RECEPTION && (b > 0 || p > 0)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "只有公务接待费（30217）支出可填写接待批次和人数");
        }
        return new int[]{b, p};
    }

    private long spentOf(ThreePublicCategory category) {
        return spentFen.getOrDefault(category, 0L);
    }

    // ---- state changes ----

    public void limitsSet(ThreePublicLimitsSet e) {
        limitFen.put(ThreePublicCategory.ABROAD, e.abroad().fen());
        limitFen.put(ThreePublicCategory.VEHICLE_PURCHASE, e.vehiclePurchase().fen());
        limitFen.put(ThreePublicCategory.VEHICLE_OPERATION, e.vehicleOperation().fen());
        limitFen.put(ThreePublicCategory.RECEPTION, e.reception().fen());
    }

    /** An expenditure (+) or its reversal (−) in a 三公 category. */
    public void spend(ThreePublicCategory category, long fen) {
        spentFen.merge(category, fen, Math::addExact);
    }
}
