package budgetledger.projections.figures;

import budgetledger.core.classification.LineKind;
import budgetledger.core.money.Money;
import budgetledger.projections.fold.LedgerView;

import java.util.List;

/**
 * The 公用经费 其中 rows of 附件1: 办公费 (30201); 水费、电费、差旅费 (30205, 30206, 30211); 会议费、培训费
 * (30215, 30216). Budget from the full-year budget of 公用经费 lines on those codes, actual from 公用经费 postings.
 */
final class PublicFundFigures {
    private static final List<String> OFFICE = List.of("30201");
    private static final List<String> UTILITIES_AND_TRAVEL = List.of("30205", "30206", "30211");
    private static final List<String> MEETINGS_AND_TRAINING = List.of("30215", "30216");

    private PublicFundFigures() {
    }

    static void addTo(FigureSet f, LedgerView view) {
        publicFund(f, view, "office", OFFICE);
        publicFund(f, view, "utilitiesAndTravel", UTILITIES_AND_TRAVEL);
        publicFund(f, view, "meetingsAndTraining", MEETINGS_AND_TRAINING);
    }

    /** A line without an economic code belongs to none (List.of refuses to look up null). */
    private static boolean isOneOf(String code, List<String> codes) {
        return code != null && codes.contains(code);
    }

    private static void publicFund(FigureSet f, LedgerView view, String key, List<String> codes) {
        Money budget = view.budget().sum(l -> l.kind() == LineKind.BASIC_PUBLIC && isOneOf(l.economicCode(), codes),
                l -> l.full());
        Money actual = view.expenditure().sum(s -> s.kind() == LineKind.BASIC_PUBLIC && isOneOf(s.economicCode(), codes));
        f.money("public." + key + ".budget", budget);
        f.money("public." + key + ".actual", actual);
    }
}
