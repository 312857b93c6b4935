package budgetledger.app.figures;

import budgetledger.core.performance.Scoring;
import budgetledger.projections.figures.FiguresOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code ledger.scoring.*}: the deployment's scoring choices (docs/scoring.md: cap, grade bands). The execution
 * weight is not one: it is each evaluation's template's (or its goal's), so two forms of one server may differ.
 */
@ConfigurationProperties(prefix = "ledger.scoring")
public record ScoringProperties(Boolean capExecutionPoints, BigDecimal gradeExcellent,
                                BigDecimal gradeGood, BigDecimal gradePass) {

    public FiguresOptions options() {
        FiguresOptions d = FiguresOptions.DEFAULT;
        return new FiguresOptions(capExecutionPoints == null ? d.capExecutionPoints() : capExecutionPoints,
                new Scoring.GradeBands(
                        gradeExcellent == null ? d.bands().excellent() : gradeExcellent,
                        gradeGood == null ? d.bands().good() : gradeGood,
                        gradePass == null ? d.bands().pass() : gradePass));
    }
}
