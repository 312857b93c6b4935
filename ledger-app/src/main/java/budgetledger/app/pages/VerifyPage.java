package budgetledger.app.pages;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.common.LedgerId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * 校验: every department-year chain recomputed by the auditors' own {@link AuditService#verify} (the API's and the
 * CLI's): per chain the events checked, its head (sequence and hash) and 正常 or the first broken event, named.
 */
@Controller
public class VerifyPage {
    private final AuditService audit;
    private final DepartmentDirectory directory;

    public VerifyPage(AuditService audit, DepartmentDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    /** One chain as the page shows it: whose it is, and the verifier's state of it. */
    public record Row(String departmentId, String departmentName, int year, ChainVerifier.Chain chain,
                      String brokenEvent) {
    }

    @GetMapping("/audit/verify")
    public String verify(@RequestParam(required = false) String department, Model model) {
        String only = department == null || department.isBlank() ? null : department.trim();
        if (only != null) {
            directory.requireDepartment(LedgerId.requireDepartmentId(only));
        }
        ChainVerifier.Report report = audit.verify(only, null);
        List<Row> rows = report.chains().stream().map(c -> {
            String departmentId = LedgerId.departmentOf(c.ledgerId());
            String type = c.broken() == null ? null : c.broken().eventType();
            return new Row(departmentId, directory.name(departmentId).orElse(departmentId),
                    LedgerId.yearOf(c.ledgerId()), c,
                    type == null ? null : EventNames.ZH.getOrDefault(type, type));
        }).toList();
        model.addAttribute("report", report);
        model.addAttribute("rows", rows);
        model.addAttribute("department", only == null ? "" : only);
        model.addAttribute("departments", directory.list());
        return "verify";
    }
}
