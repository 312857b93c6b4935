package budgetledger.projections.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The key figures of a department-year (shared/figures.md): {@code figures} sorted by name, the department's
 * indicator rows under {@code indicators["department"]}, and one entry per project in registration order.
 */
public record FiguresDocument(String department, String departmentName, int year, Instant asOf, LocalDate through,
                              Map<String, Object> figures, Map<String, List<IndicatorRow>> indicators,
                              List<ProjectFigures> projects) {
}
