package budgetledger.core.establishment;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.util.List;

/** 人员编制与车辆: each staff group named, no negative counts; a later declaration supersedes an earlier one. */
public final class Establishment {
    private Establishment() {
    }

    public static Fact declare(DeclareEstablishment c, DepartmentYear dy) {
        dy.requireDate(c.businessDate());
        if (c.staff() == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少人员编制 staff");
        }
        for (StaffGroup g : c.staff()) {
            Checks.text(g.category(), "编制类别");
            if (g.authorized() < 0 || g.actual() < 0) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "编制数和实有人数不能为负数: " + g.category());
            }
        }
        if (c.retired() < 0 || c.vehiclesAuthorized() < 0 || c.vehiclesActual() < 0) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "退休人数和车辆数不能为负数");
        }
        return new Fact(new EstablishmentDeclared(dy.departmentId(), dy.year(), c.businessDate(), List.copyOf(c.staff()),
                c.retired(), c.vehiclesAuthorized(), c.vehiclesActual()), c.businessDate(), "establishment");
    }
}
