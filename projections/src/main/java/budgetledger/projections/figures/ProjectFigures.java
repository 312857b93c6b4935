package budgetledger.projections.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One project's 项目支出绩效自评表: its figures (sorted by name), indicator rows in definition order, and the parts
 * whose registered 分值 do not add up to their weight ({@link PartFinding}; empty when they all do).
 */
public record ProjectFigures(String code, String name, String category,
                             @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Object> figures,
                             List<IndicatorRow> indicators, List<PartFinding> partFindings) {
}
