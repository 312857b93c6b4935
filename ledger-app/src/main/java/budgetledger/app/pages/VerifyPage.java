package budgetledger.app.pages;

import budgetledger.app.audit.AuditService;
import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.seal.Seal;
import budgetledger.app.seal.SealAudit;
import budgetledger.app.seal.SealFinding;
import budgetledger.app.seal.SealKeys;
import budgetledger.app.seal.SealStore;
import budgetledger.core.common.LedgerId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 校验: every department-year chain recomputed by the auditors' own {@link AuditService#verify} (the API's and the
 * CLI's): per chain the events checked, its head (sequence and hash) and 正常 or the first broken event, named; and
 * each chain against its seals in the database ({@link SealAudit}): the latest seal, or 未封印 — a chain no seal
 * covers is proven only by its hashes, which whoever can write to the database can recompute.
 */
@Controller
public class VerifyPage {
    private final AuditService audit;
    private final DepartmentDirectory directory;
    private final SealStore seals;
    private final SealAudit sealAudit;
    private final SealKeys keys;

    public VerifyPage(AuditService audit, DepartmentDirectory directory, SealStore seals, SealAudit sealAudit,
                      SealKeys keys) {
        this.audit = audit;
        this.directory = directory;
        this.seals = seals;
        this.sealAudit = sealAudit;
        this.keys = keys;
    }

    /**
     * One chain as the page shows it: whose it is, the verifier's state of it, its latest seal (null: none) and what
     * the seals found.
     */
    public record Row(String departmentId, String departmentName, int year, ChainVerifier.Chain chain,
                      String brokenEvent, Seal latestSeal, List<String> sealProblems) {
    }

    @GetMapping("/audit/verify")
    public String verify(@RequestParam(required = false) String department, Model model) {
        String only = department == null || department.isBlank() ? null : department.trim();
        if (only != null) {
            directory.requireDepartment(LedgerId.requireDepartmentId(only));
        }
        ChainVerifier.Report report = audit.verify(only, null);
        List<Seal> stored = seals.all().stream()
                .filter(s -> only == null || LedgerId.departmentOf(s.ledgerId()).equals(only)).toList();
        Map<String, Seal> latest = stored.stream().collect(Collectors.toMap(Seal::ledgerId, s -> s,
                (a, b) -> a.sequence() >= b.sequence() ? a : b));
        // no seal yet: no key is made for a page that only reads — but a submitted or closed year is still named
        // when no seal covers it (its seal deleted), as verify names it
        List<SealFinding> findings = sealAudit.verify(stored, stored.isEmpty() ? Map.of()
                : Map.of(keys.keyId(), keys.pair().getPublic()), null, only, null).findings();
        List<Row> rows = report.chains().stream().map(c -> {
            String departmentId = LedgerId.departmentOf(c.ledgerId());
            String type = c.broken() == null ? null : c.broken().eventType();
            List<String> problems = findings.stream().filter(f -> f.ledgerId().equals(c.ledgerId()))
                    .map(f -> (f.sequence() == null ? "" : "第 " + f.sequence() + " 号事件：") + f.problem()).toList();
            return new Row(departmentId, directory.name(departmentId).orElse(departmentId),
                    LedgerId.yearOf(c.ledgerId()), c,
                    type == null ? null : EventNames.ZH.getOrDefault(type, type), latest.get(c.ledgerId()), problems);
        }).toList();
        model.addAttribute("sealed", rows.stream().filter(r -> r.latestSeal() != null).count());
        model.addAttribute("sealProblems", findings.size());
        model.addAttribute("report", report);
        model.addAttribute("rows", rows);
        model.addAttribute("department", only == null ? "" : only);
        model.addAttribute("departments", directory.list());
        return "verify";
    }
}
