package budgetledger.core.performance;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.util.HashSet;
import java.util.Set;

/** The year's projects (项目): registered once by code; project lines, goals and indicators name a registered one. */
public final class Projects {
    private final Set<String> codes = new HashSet<>();

    public Fact register(RegisterProject c, DepartmentYear dy) {
        String code = Checks.id(c.projectCode(), "项目编号");
        if (codes.contains(code)) {
            throw new LedgerException(ErrorCode.DUPLICATE_PROJECT, code);
        }
        Checks.required(c.category(), "项目类别 category");
        return new Fact(new ProjectRegistered(dy.departmentId(), dy.year(), code, Checks.text(c.name(), "项目名称"),
                c.category(), Checks.optional(c.implementingUnit())), dy.yearEnd(), code);
    }

    /** No project (blank), or a registered one: UNKNOWN_PROJECT otherwise. */
    public String optional(String projectCode) {
        if (projectCode == null || projectCode.isBlank()) {
            return null;
        }
        if (!codes.contains(projectCode)) {
            throw new LedgerException(ErrorCode.UNKNOWN_PROJECT, projectCode);
        }
        return projectCode;
    }

    public void registered(ProjectRegistered e) {
        codes.add(e.projectCode());
    }
}
