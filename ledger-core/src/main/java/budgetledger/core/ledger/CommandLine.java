package budgetledger.core.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One command as JSON — an import line or an API body: the command's own fields, {@code "command"} naming it
 * (import lines), and an optional {@code "audit"} object: {@code reason}, {@code document}, {@code idempotencyKey},
 * and for an administrator's migration {@code recordedBy} and {@code recordedAt} (the original recorded time).
 * Whether {@code recordedBy}/{@code recordedAt} from the body are honoured is the caller's decision, not this parser's.
 */
public record CommandLine(String name, Object command, Map<String, String> audit) {

    public static CommandLine parse(String json) {
        JsonNode node;
        try {
            node = LedgerJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "不是有效的 JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "每行须为一个 JSON 对象");
        }
        String name = node.path("command").asText(null);
        return of(name, (ObjectNode) node);
    }

    public static CommandLine of(String name, ObjectNode body) {
        Class<?> type = Commands.byName(name).orElseThrow(() ->
                new LedgerException(ErrorCode.INVALID_REQUEST, "未知命令: " + name));
        ObjectNode fields = body.deepCopy();
        fields.remove("command");
        JsonNode auditNode = fields.remove("audit");
        Map<String, String> audit = new LinkedHashMap<>();
        if (auditNode != null && auditNode.isObject()) {
            auditNode.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    audit.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        try {
            Object command = LedgerJson.mapper().treeToValue(fields, type);
            return new CommandLine(name, command, audit);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(ErrorCode.INVALID_REQUEST, name + " 的字段" + fieldOf(e) + "格式不对或取值不在允许范围内");
        }
    }

    /** "amount", "staff[0].category" …: where in the body Jackson gave up, without Java class names. */
    private static String fieldOf(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        return " “" + fieldPath(m) + "” ";
    }

    /** The JSON path of a mapping failure as a client wrote it ("roles[1]"), never Jackson's Java reference. */
    public static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException m) {
        StringBuilder path = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Command metadata for Axon: audit facts under {@link AuditKeys} names (recordedAt becomes the migrated time). */
    public Map<String, String> metadata() {
        Map<String, String> meta = new LinkedHashMap<>();
        copy(AuditKeys.REASON, AuditKeys.REASON, meta);
        copy(AuditKeys.DOCUMENT, AuditKeys.DOCUMENT, meta);
        copy(AuditKeys.IDEMPOTENCY_KEY, AuditKeys.IDEMPOTENCY_KEY, meta);
        copy(AuditKeys.RECORDED_BY, AuditKeys.RECORDED_BY, meta);
        copy(AuditKeys.RECORDED_AT, AuditKeys.MIGRATED_RECORDED_AT, meta);
        copy(AuditKeys.PROPOSED_BY, AuditKeys.PROPOSED_BY, meta);
        copy(AuditKeys.APPROVED_BY, AuditKeys.APPROVED_BY, meta);
        return meta;
    }

    private void copy(String from, String to, Map<String, String> meta) {
        String v = audit.get(from);
        if (v != null && !v.isBlank()) {
            meta.put(to, v);
        }
    }
}
