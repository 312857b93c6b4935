package budgetledger.app.seal;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seals over HTTP: an administrator seals a department-year now; an auditor exports every seal with its public key
 * and links, and checks the store against the seals kept in the database.
 */
@RestController
public class SealController {
    private final Sealer sealer;
    private final SealsFile file;
    private final SealAudit audit;
    private final DepartmentDirectory directory;

    public SealController(Sealer sealer, SealsFile file, SealAudit audit, DepartmentDirectory directory) {
        this.sealer = sealer;
        this.file = file;
        this.audit = audit;
        this.directory = directory;
    }

    /** {@code {"departmentId": "…", "year": 2024}}: seals the stream's current head. */
    @PostMapping("/api/v1/audit/seals")
    public ResponseEntity<Seal> seal(@RequestBody JsonNode body) {
        String department = body == null ? null : body.path("departmentId").asText(null);
        if (department == null || !body.path("year").canConvertToInt()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "请给出 departmentId 和 year（整数）");
        }
        int year = body.path("year").asInt();
        // checked before any query: a NUL in the id reached PostgreSQL ("invalid byte sequence") and answered 500
        budgetledger.core.common.LedgerId.requireDepartmentId(department);
        directory.requireYear(department, year);
        return ResponseEntity.status(HttpStatus.CREATED).body(sealer.sealHead(department, year, Seal.ON_DEMAND));
    }

    @GetMapping("/api/v1/audit/seals")
    public ObjectNode export() {
        return file.export();
    }

    @GetMapping("/api/v1/audit/seals/verify")
    public SealAudit.Report verify() {
        SealsFile.Contents stored = file.stored();
        return audit.verify(stored.seals(), stored.keys(), null, null, null);
    }
}
