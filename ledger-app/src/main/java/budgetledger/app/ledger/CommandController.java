package budgetledger.app.ledger;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.app.security.CurrentActor;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import budgetledger.core.ledger.Recorded;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Every command over HTTP: JSON in, the outcome out. {@code Idempotency-Key} makes a retry safe; the body may carry
 * an {@code audit} object with {@code reason} and {@code document} — but never who recorded, proposed or approved
 * it: that is the authenticated caller ({@link CurrentActor}). Routes and who may send each command: the
 * {@link CommandCatalogue}.
 */
@RestController
public class CommandController {
    private final CommandSender sender;
    private final CommandEnrichment enrichment;

    public CommandController(CommandSender sender, CommandEnrichment enrichment) {
        this.sender = sender;
        this.enrichment = enrichment;
    }

    @PostMapping(CommandCatalogue.DEPARTMENTS)
    public ResponseEntity<Map<String, Object>> registerDepartment(@RequestBody JsonNode body,
                                                                  @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                                  HttpServletRequest request) {
        return run(Commands.REGISTER_DEPARTMENT.commandName(), object(body), key, request);
    }

    @PostMapping(CommandCatalogue.YEARS)
    public ResponseEntity<Map<String, Object>> openYear(@PathVariable String departmentId, @RequestBody JsonNode body,
                                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                        HttpServletRequest request) {
        ObjectNode fields = object(body);
        fields.put("departmentId", departmentId);
        JsonNode carried = fields.remove("carriedLines");
        if (carried != null && !carried.isNull() && !carried.isEmpty()) {
            // budget authority carried over is what the prior year's close left, never what a client asserts
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    "上年结转指标由上年结账带入（carryOverFromPriorYear: true），不能在请求中指定 carriedLines；"
                            + "账本中的首个年度请在开账后申报期初结转结余（…/opening-balances）");
        }
        if (fields.path("carryOverFromPriorYear").asBoolean(false)) {
            fields.set("carriedLines", LedgerJson.mapper().valueToTree(
                    enrichment.carriedFromPriorYear(departmentId, fields.path("year").asInt())));
        }
        fields.remove("carryOverFromPriorYear");
        return run(Commands.OPEN_FISCAL_YEAR.commandName(), fields, key, request);
    }

    @PostMapping(CommandCatalogue.YEAR_COMMAND)
    public ResponseEntity<Map<String, Object>> yearCommand(@PathVariable String departmentId, @PathVariable int year,
                                                           @PathVariable String resource, @RequestBody(required = false) JsonNode body,
                                                           @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                           HttpServletRequest request) {
        CommandCatalogue.Entry command = CommandCatalogue.yearCommand(resource)
                .orElseThrow(() -> new LedgerException(ErrorCode.NOT_FOUND, "没有这个命令地址: " + resource));
        return run(command.name(), scoped(body, departmentId, year), key, request);
    }

    @PostMapping(CommandCatalogue.ITEM_COMMAND)
    public ResponseEntity<Map<String, Object>> itemCommand(@PathVariable String departmentId, @PathVariable int year,
                                                           @PathVariable String resource, @PathVariable String id,
                                                           @PathVariable String action, @RequestBody(required = false) JsonNode body,
                                                           @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                           HttpServletRequest request) {
        CommandCatalogue.Entry command = CommandCatalogue.itemCommand(resource, action)
                .orElseThrow(() -> new LedgerException(ErrorCode.NOT_FOUND, "没有这个命令地址: " + resource + "/" + action));
        ObjectNode fields = scoped(body, departmentId, year);
        fields.put(command.route().orElseThrow().idField(), id);
        return run(command.name(), fields, key, request);
    }

    private ResponseEntity<Map<String, Object>> run(String command, ObjectNode fields, String key, HttpServletRequest request) {
        if (key != null && !key.isBlank()) {
            ObjectNode audit = fields.has("audit") && fields.get("audit").isObject()
                    ? (ObjectNode) fields.get("audit") : fields.putObject("audit");
            audit.put("idempotencyKey", idempotencyKey(key));
        }
        Recorded r = sender.send(command, fields, request);
        return ResponseEntity.status(r.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("command", command, "id", r.id(), "sequence", r.sequence(), "repeated", r.repeated()));
    }

    /**
     * An {@code Idempotency-Key}: 1–128 visible ASCII characters (a UUID, a voucher number, a client's request id),
     * so a key is stored and compared byte for byte and never carries text a log or a page would render.
     */
    static String idempotencyKey(String key) {
        String k = key.trim();
        if (k.length() > 128 || !k.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    "Idempotency-Key 须为 1–128 个可见 ASCII 字符（字母、数字、- _ . : 等，不含空格和中文）");
        }
        return k;
    }

    private static ObjectNode scoped(JsonNode body, String departmentId, int year) {
        ObjectNode fields = object(body);
        fields.put("departmentId", departmentId);
        fields.put("year", year);
        return fields;
    }

    private static ObjectNode object(JsonNode body) {
        if (body == null || body.isNull()) {
            return LedgerJson.mapper().createObjectNode();
        }
        if (!body.isObject()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "请求体须为 JSON 对象");
        }
        return (ObjectNode) body;
    }
}
