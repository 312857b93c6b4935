package budgetledger.projections.reconcile;

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
record Identity(String result, List<String> plus, List<String> minus, boolean rate) {

    static Identity sum(String result, String... parts) {
        return new Identity(result, List.of(parts), List.of(), false);
    }

    static Identity difference(String result, String from, String... minus) {
        return new Identity(result, List.of(from), List.of(minus), false);
    }

    static Identity quotient(String result, String numerator, String denominator) {
        return new Identity(result, List.of(numerator), List.of(denominator), true);
    }

    List<String> operands() {
        return java.util.stream.Stream.concat(plus.stream(), minus.stream()).toList();
    }

    /** The value the other claimed figures imply for {@code result}; empty when an operand is missing or 0 ÷ 0. */
    Optional<BigDecimal> expected(Map<String, BigDecimal> claimed) {
        if (!operands().stream().allMatch(claimed::containsKey)) {
            return Optional.empty();
        }
        if (rate) {
            BigDecimal denominator = claimed.get(minus.get(0));
            if (denominator.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(claimed.get(plus.get(0)).divide(denominator, MathContext.DECIMAL128)
                    .setScale(4, RoundingMode.HALF_UP));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (String p : plus) {
            total = total.add(claimed.get(p));
        }
        for (String m : minus) {
            total = total.subtract(claimed.get(m));
        }
        return Optional.of(total);
    }

    String describe() {
        if (rate) {
            return result + " = " + plus.get(0) + " ÷ " + minus.get(0);
        }
        String s = result + " = " + String.join(" + ", plus);
        return minus.isEmpty() ? s : s + " − " + String.join(" − ", minus);
    }
}
