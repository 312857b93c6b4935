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

    /**
     * 接待批次/人数 (公务接待费 only). A reception states both — 0 batches is allowed for a further voucher of a batch
     * already counted — so the report never prints a count nobody recorded as a fact. Only history imported by an
     * administrator ({@code history}) may lack both: the posting then keeps null and the report says 未记录.
     * Any other expenditure has none (0).
     */
    public static Reception reception(ThreePublicCategory category, Integer batches, Integer persons, boolean history) {
        if (category != ThreePublicCategory.RECEPTION) {
            if (positive(batches) || positive(persons)) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "只有公务接待费（30217）支出可填写接待批次和人数");
            }
            requireNonNegative(batches, persons);
            return Reception.NONE;
        }
        if (batches == null && persons == null && history) {
            return Reception.UNRECORDED;
        }
        if (batches == null || persons == null) {
            throw new LedgerException(ErrorCode.RECEPTION_COUNTS_REQUIRED,
                    "公务接待费支出须同时填写接待批次和接待人数（同一批次的后续凭证填 0 批次）");
        }
        requireNonNegative(batches, persons);
        if (persons < batches) {
            throw new LedgerException(ErrorCode.RECEPTION_COUNTS_REQUIRED,
                    "接待人数 " + persons + " 少于接待批次 " + batches + "：每批次至少接待 1 人");
        }
        return new Reception(batches, persons);
    }

    /** Batches and persons of one posting; both null when history never recorded them. */
    public record Reception(Integer batches, Integer persons) {
        static final Reception NONE = new Reception(0, 0);
        static final Reception UNRECORDED = new Reception(null, null);
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static void requireNonNegative(Integer batches, Integer persons) {
        if (batches != null && batches < 0 || persons != null && persons < 0) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "接待批次和人数不能为负数");
        }
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
