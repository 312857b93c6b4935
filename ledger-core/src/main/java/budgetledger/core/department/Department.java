package budgetledger.core.department;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A budget unit (预算单位). Small on purpose: it only exists and has a name; every budget fact lives in
 * the department-year ledger. Registered by the app's configuration (no Spring stereotype here). Its registration
 * is a link of the department registry's hash chain ({@link RegistryLink}).
 */
public class Department {
    @AggregateIdentifier
    private String departmentId;
    private String name;

    protected Department() {
        // for Axon
    }

    @CommandHandler
    public Department(RegisterDepartment cmd, MetaData meta) {
        LedgerId.requireDepartmentId(cmd.departmentId());
        if (cmd.name() == null || cmd.name().isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "单位名称不能为空");
        }
        DepartmentRegistered registered = new DepartmentRegistered(cmd.departmentId(), cmd.name().trim());
        apply(registered, MetaData.from(RegistryLink.of(registered, meta)));
    }

    @EventSourcingHandler
    void on(DepartmentRegistered e) {
        this.departmentId = e.departmentId();
        this.name = e.name();
    }

    public String name() {
        return name;
    }
}
