package budgetledger.projections.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The key figures of a department-year (docs/figures.md; each name in {@link FigureNames}): {@code figures} sorted by
 * name, the department's indicator rows under {@code indicators["department"]}, and one entry per project in
 * registration order.
 * A null rate is written as JSON null even by a mapper that leaves nulls out: every figure key is always present.
 * {@code priorYear} says where the 上年 column comes from (the ledger, declared comparatives, or nothing).
 * {@code partFindings}: the department evaluation's parts whose registered 分值 do not add up to their weight
 * ({@link PartFinding}; a project's are in its entry). Kept out of {@code figures}, whose hash a submission stores.
 */
public record FiguresDocument(String department, String departmentName, int year, Instant asOf, LocalDate through,
                              @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Object> figures,
                              Map<String, List<IndicatorRow>> indicators, List<ProjectFigures> projects,
                              PriorYearBasis priorYear, List<PartFinding> partFindings) {
}
