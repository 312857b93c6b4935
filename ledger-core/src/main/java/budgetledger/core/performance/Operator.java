package budgetledger.core.performance;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonCreator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 指标性质: how a target compares (docs/scoring.md R4–R7). ≥ 正向, ≤ 反向, ＞ and ＜ their strict forms (full marks
 * only strictly beyond the target), = 等于 (treated as ≥ when the target is positive, and "full only at zero" when
 * it is 0), or 定性 (qualitative, scored by the evaluator in a band). Stored events keep the constant's name.
 */
public enum Operator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT("＞"),
    LT("＜"),
    QUALITATIVE("");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** How the form's 指标性质 column reads the operator: its symbol, or 定性 for a qualitative indicator. */
    public String nameZh() {
        return this == QUALITATIVE ? "定性" : symbol;
    }

    /**
     * The operator as a form or a request writes it: the name (GE, le …), the symbol in full-width or ASCII
     * (≥ ≧ >= ＞＝ ≤ ≦ <= ＜＝ = ＝ ＞ > ＜ <) or 定性. Full-width forms are folded to ASCII (NFKC) before matching.
     */
    @JsonCreator
    public static Operator parse(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(written.strip(), Normalizer.Form.NFKC).replace(" ", "");
        Operator op = switch (s.toUpperCase(Locale.ROOT)) {
            case "GE", "≥", "≧", ">=", "=>" -> GE;
            case "LE", "≤", "≦", "<=", "=<" -> LE;
            case "EQ", "=", "==" -> EQ;
            case "GT", ">" -> GT;
            case "LT", "<" -> LT;
            case "QUALITATIVE", "定性" -> QUALITATIVE;
            default -> null;
        };
        if (op == null) {
            throw new LedgerException(ErrorCode.INVALID_INDICATOR,
                    "指标性质“" + written + "”无法识别，应为 ≥ ≤ = ＞ ＜ 定性 之一（或 GE LE EQ GT LT QUALITATIVE）");
        }
        return op;
    }
}
