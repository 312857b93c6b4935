package budgetledger.app.pages;

import budgetledger.app.figures.YearState;
import budgetledger.app.ledger.CommandSender;
import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.Commands;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A form's fields made into the JSON body the API takes for the same command — empty fields left out, amounts without
 * the separators a clerk types, {@code reason} and {@code document} where the API takes them — and sent
 * through {@link CommandSender}. A refusal comes back as a {@link FieldError}, with the API's status on the response.
 */
@Component
public class FormCommands {
    private static final Set<String> AUDIT = Set.of(AuditKeys.REASON, AuditKeys.DOCUMENT);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private final CommandSender sender;
    private final DepartmentDirectory directory;
    private final YearState yearState;

    public FormCommands(CommandSender sender, DepartmentDirectory directory, YearState yearState) {
        this.sender = sender;
        this.directory = directory;
        this.yearState = yearState;
    }

    /** The submitted values of these fields, trimmed (absent ones empty), in the form's order. */
    static Map<String, String> values(Map<String, String> form, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f, form.getOrDefault(f, "").trim()));
        return values;
    }

    /** Today (China) as a form's default business date, when it lies in the year; otherwise empty. */
    static String today(int year) {
        LocalDate today = LocalDate.now(Formats.CHINA);
        return today.getYear() == year ? today.toString() : "";
    }

    /**
     * What every entry form of a department-year shows: the department, the budget lines with what each has available,
     * the values (entered, or the defaults) and the refusal, if any.
     */
    void entryPage(Model model, String departmentId, int year, Map<String, String> values, FieldError error) {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("lines", yearState.of(departmentId, year, null, null).lines());
        model.addAttribute("values", values);
        model.addAttribute("error", error);
    }

    /**
     * @param values the form's values by field (kept by the caller to show again)
     * @param fields the fields a refusal may be shown beside
     * @return null when recorded; otherwise the refusal
     */
    public FieldError send(String command, String departmentId, int year, Map<String, String> values, List<String> fields,
                           HttpServletRequest request, HttpServletResponse response) {
        try {
            sender.send(command, body(command, departmentId, year, values), request);
            return null;
        } catch (LedgerException e) {
            response.setStatus(e.code().status());
            return FieldError.of(e, fields);
        }
    }

    /**
     * {@code reason} and {@code document} go under {@code audit}, as an API client sends them, unless the command has
     * a field of that name (a reversal's or a rejection's reason is the command's own).
     */
    static ObjectNode body(String command, String departmentId, int year, Map<String, String> values) {
        Set<String> own = Commands.named(command).map(c -> Arrays.stream(c.type().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet())).orElse(Set.of());
        ObjectNode fields = LedgerJson.mapper().createObjectNode();
        fields.put("departmentId", departmentId);
        fields.put("year", year);
        values.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                return;
            }
            String value = k.equals("amount") ? amount(v) : v.trim();
            if (AUDIT.contains(k) && !own.contains(k)) {
                (fields.has("audit") ? (ObjectNode) fields.get("audit") : fields.putObject("audit")).put(k, value);
            } else {
                fields.put(k, value);
            }
        });
        return fields;
    }

    /** A new record's number, as a clerk would write it: prefix, China time to the second, three random digits. */
    static String newId(String prefix) {
        return prefix + "-" + ID_TIME.format(LocalDateTime.now(Formats.CHINA)) + "-"
                + ThreadLocalRandom.current().nextInt(100, 1000);
    }

    /** "12,345.60 元" → "12345.60": the separators a clerk types are not part of the amount. */
    static String amount(String typed) {
        return typed == null ? "" : typed.replaceAll("[,，\\s元]", "");
    }
}
