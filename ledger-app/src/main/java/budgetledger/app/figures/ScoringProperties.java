package budgetledger.app.figures;

import budgetledger.core.performance.Scoring;
import budgetledger.projections.figures.FiguresOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/** {@code ledger.scoring.*}: the deployment's scoring choices (docs/scoring.md: cap, weights, grade bands). */
@ConfigurationProperties(prefix = "ledger.scoring")
public record ScoringProperties(Boolean capExecutionPoints, BigDecimal executionWeight, BigDecimal gradeExcellent,
                                BigDecimal gradeGood, BigDecimal gradePass) {

    public FiguresOptions options() {
        FiguresOptions d = FiguresOptions.DEFAULT;
        return new FiguresOptions(capExecutionPoints == null ? d.capExecutionPoints() : capExecutionPoints,
                executionWeight == null ? d.executionWeight() : executionWeight,
                new Scoring.GradeBands(
                        gradeExcellent == null ? d.bands().excellent() : gradeExcellent,
                        gradeGood == null ? d.bands().good() : gradeGood,
                        gradePass == null ? d.bands().pass() : gradePass));
    }
}
