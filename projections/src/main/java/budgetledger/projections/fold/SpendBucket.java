package budgetledger.projections.fold;

import budgetledger.core.classification.FundNature;
import budgetledger.core.classification.LineKind;
import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.classification.Vintage;
import budgetledger.core.expenditure.Posting;
import budgetledger.core.money.Money;

/**
 * Net spending (recorded − reversed) of one budget line on one economic code, procurement or not. The posting's
 * own keys are kept rather than looked up on the line: under a {@code through} date an expenditure can be folded
 * while its line's appropriation (dated later) is not, and the posting still explains itself.
 */
public record SpendBucket(String lineId, LineKind kind, FundNature fundNature, Vintage vintage, String functionalCode,
                          String projectCode, String economicCode, ThreePublicCategory threePublic,
                          boolean procurement, Money amount, int receptionBatches, int receptionPersons,
                          int receptionUnrecorded) {

    /** Postings of one line share its keys, and the 三公 category follows the economic code: these three suffice. */
    static String keyOf(Posting p) {
        return p.lineId() + "|" + p.economicCode() + (p.procurement() ? "|procurement" : "");
    }

    static SpendBucket empty(Posting p) {
        return new SpendBucket(p.lineId(), p.kind(), p.fundNature(), p.vintage(), p.functionalCode(), p.projectCode(),
                p.economicCode(), p.threePublic(), p.procurement(), Money.ZERO, 0, 0, 0);
    }

    /**
     * {@code sign} −1 takes a reversed posting back out, amount and reception counts alike. A reception whose counts
     * history never recorded (null) counts in {@code receptionUnrecorded} instead: the figures then say 未记录.
     */
    SpendBucket post(Posting p, int sign) {
        Money delta = sign < 0 ? p.amount().negate() : p.amount();
        boolean unrecorded = p.receptionBatches() == null || p.receptionPersons() == null;
        return new SpendBucket(lineId, kind, fundNature, vintage, functionalCode, projectCode, economicCode,
                threePublic, procurement, amount.plus(delta),
                Math.addExact(receptionBatches, sign * (unrecorded ? 0 : p.receptionBatches())),
                Math.addExact(receptionPersons, sign * (unrecorded ? 0 : p.receptionPersons())),
                Math.addExact(receptionUnrecorded, unrecorded ? sign : 0));
    }
}
