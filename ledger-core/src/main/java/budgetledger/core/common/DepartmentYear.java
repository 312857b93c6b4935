package budgetledger.core.common;

import java.time.LocalDate;

/** The department-year a ledger keeps (部门预算年度): whose facts, and the fiscal year every business date falls in. */
public record DepartmentYear(String departmentId, int year) {

    /** A business date of this fiscal year, or a refusal naming the year. */
    public LocalDate requireDate(LocalDate date) {
        return Checks.date(date, year);
    }

    /** 12月31日: the date of statements that belong to the year as a whole (projects, goals, indicators). */
    public LocalDate yearEnd() {
        return LocalDate.of(year, 12, 31);
    }
}
