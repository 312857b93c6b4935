package budgetledger.projections.figures;

import budgetledger.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure before it is printed. Kept typed so prior-year and change figures are computed on numbers, and
 * printed once, in {@link #json()}, the way figures.md says: money as yuan with two decimals, a rate as a ratio
 * with four decimals half-up (null over a zero denominator), a score with two decimals (null when 不适用 or
 * 未评价), a count as an integer.
 */
sealed interface Figure {
    Object json();

    FigureName.Kind kind();

    record Amount(Money value) implements Figure {
        @Override
        public FigureName.Kind kind() {
            return FigureName.Kind.MONEY;
        }

        @Override
        public Object json() {
            return value == null ? null : value.toString();
        }
    }

    /** {@code ratio} unrounded; null when the denominator was zero. */
    record Rate(BigDecimal ratio) implements Figure {
        @Override
        public FigureName.Kind kind() {
            return FigureName.Kind.RATE;
        }

        @Override
        public Object json() {
            return ratio == null ? null : ratio.setScale(4, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** {@code value} null: a prior-year count with no prior year (上年无数据). */
    record Count(Integer value) implements Figure {
        @Override
        public FigureName.Kind kind() {
            return FigureName.Kind.COUNT;
        }

        @Override
        public Object json() {
            return value;
        }
    }

    /** {@code value} null: 不适用 (execution without a budget) or 未评价 (a total without indicators). */
    record Score(BigDecimal value) implements Figure {
        @Override
        public FigureName.Kind kind() {
            return FigureName.Kind.SCORE;
        }

        @Override
        public Object json() {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** {@code value} null: 未评价, nothing was evaluated. */
    record Grade(String value) implements Figure {
        @Override
        public FigureName.Kind kind() {
            return FigureName.Kind.GRADE;
        }

        @Override
        public Object json() {
            return value;
        }
    }
}
