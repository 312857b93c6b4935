package budgetledger.app.figures;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import budgetledger.projections.reconcile.Reconciliation;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * 核对: a hand-made report's figures (the key-figure JSON shape, any subset) against the ledger at asOf/through,
 * and against themselves.
 */
@RestController
public class ReconcileController {
    private final FiguresService figures;

    public ReconcileController(FiguresService figures) {
        this.figures = figures;
    }

    @PostMapping("/api/v1/departments/{departmentId}/years/{year}/reconcile")
    public Reconciliation.Result reconcile(@PathVariable String departmentId, @PathVariable int year,
                                           @RequestBody JsonNode claims,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through) {
        if (claims == null || !claims.isObject()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "请求体须为关键数据 JSON 对象（含 figures / projects / indicators）");
        }
        return Reconciliation.reconcile(claims,
                figures.replayed(departmentId, year, IsoTimes.asOf(asOf), through));
    }
}
