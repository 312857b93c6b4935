package budgetledger.app.sheets;

import budgetledger.app.figures.YearState;

import java.util.List;
import java.util.Map;

/**
 * What the rows of a sheet are read against: the department-year, its budget lines and its registered projects
 * (code → name) as they stand when the run starts.
 */
record SheetContext(String departmentId, int year, List<YearState.Line> lines, Map<String, String> projects) {
}
