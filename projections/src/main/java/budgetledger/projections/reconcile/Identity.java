package budgetledger.projections.reconcile;

import budgetledger.projections.figures.FigureName;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One arithmetic identity between figures: {@code result} must equal {@code sum(plus) − sum(minus)} (a total), or
 * {@code numerator ÷ denominator} rounded half-up to four decimals (a rate). Checked only when every operand is
 * claimed, so a partial report is judged on what it says.
 */
record Identity(FigureName result, List<FigureName> plus, List<FigureName> minus, boolean rate) {

    static Identity sum(FigureName result, FigureName... parts) {
        return new Identity(result, List.of(parts), List.of(), false);
    }

    static Identity difference(FigureName result, FigureName from, FigureName... minus) {
        return new Identity(result, List.of(from), List.of(minus), false);
    }

    static Identity quotient(FigureName result, FigureName numerator, FigureName denominator) {
        return new Identity(result, List.of(numerator), List.of(denominator), true);
    }

    List<String> operands() {
        return java.util.stream.Stream.concat(plus.stream(), minus.stream()).map(FigureName::key).toList();
    }

    /** The same identity between the prior year's figures. */
    Identity prior() {
        return new Identity(result.prior(), plus.stream().map(FigureName::prior).toList(),
                minus.stream().map(FigureName::prior).toList(), rate);
    }

    /** The value the other claimed figures imply for {@code result}; empty when an operand is missing or 0 ÷ 0. */
    Optional<BigDecimal> expected(Map<String, BigDecimal> claimed) {
        if (!operands().stream().allMatch(claimed::containsKey)) {
            return Optional.empty();
        }
        if (rate) {
            BigDecimal denominator = claimed.get(minus.get(0).key());
            if (denominator.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(claimed.get(plus.get(0).key()).divide(denominator, MathContext.DECIMAL128)
                    .setScale(4, RoundingMode.HALF_UP));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (FigureName p : plus) {
            total = total.add(claimed.get(p.key()));
        }
        for (FigureName m : minus) {
            total = total.subtract(claimed.get(m.key()));
        }
        return Optional.of(total);
    }

    String describe() {
        if (rate) {
            return result + " = " + plus.get(0) + " ÷ " + minus.get(0);
        }
        String s = result + " = " + String.join(" + ", operands().subList(0, plus.size()));
        return minus.isEmpty() ? s : s + " − " + String.join(" − ", operands().subList(plus.size(), operands().size()));
    }
}
