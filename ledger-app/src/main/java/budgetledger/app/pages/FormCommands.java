package budgetledger.app.pages;

import budgetledger.app.ledger.CommandSender;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form's fields made into the JSON body the API takes for the same command — empty fields left out, amounts without
 * the separators a clerk types, {@code reason} and {@code document} under {@code audit} as in the API — and sent
 * through {@link CommandSender}. A refusal comes back as a {@link FieldError}, with the API's status on the response.
 */
@Component
public class FormCommands {
    private static final Set<String> AUDIT = Set.of(AuditKeys.REASON, AuditKeys.DOCUMENT);
    private final CommandSender sender;

    public FormCommands(CommandSender sender) {
        this.sender = sender;
    }

    /**
     * @param values the form's values by field (kept by the caller to show again)
     * @param fields the fields a refusal may be shown beside
     * @return null when recorded; otherwise the refusal
     */
    public FieldError send(String command, String departmentId, int year, Map<String, String> values, List<String> fields,
                           HttpServletRequest request, HttpServletResponse response) {
        try {
            sender.send(command, body(departmentId, year, values), request);
            return null;
        } catch (LedgerException e) {
            response.setStatus(e.code().status());
            return FieldError.of(e, fields);
        }
    }

    static ObjectNode body(String departmentId, int year, Map<String, String> values) {
        ObjectNode fields = LedgerJson.mapper().createObjectNode();
        fields.put("departmentId", departmentId);
        fields.put("year", year);
        values.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                return;
            }
            String value = k.equals("amount") ? amount(v) : v.trim();
            if (AUDIT.contains(k)) {
                (fields.has("audit") ? (ObjectNode) fields.get("audit") : fields.putObject("audit")).put(k, value);
            } else {
                fields.put(k, value);
            }
        });
        return fields;
    }

    /** "12,345.60 元" → "12345.60": the separators a clerk types are not part of the amount. */
    static String amount(String typed) {
        return typed == null ? "" : typed.replaceAll("[,，\\s元]", "");
    }
}
