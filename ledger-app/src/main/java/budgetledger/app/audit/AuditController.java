package budgetledger.app.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: recompute every hash chain (or one department's, or one year's) and report the first broken links. */
@RestController
public class AuditController {
    private final AuditService audit;

    public AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/verify")
    public ChainVerifier.Report verify(@RequestParam(required = false) String department,
                                       @RequestParam(required = false) Integer year) {
        return audit.verify(department, year);
    }
}
