package budgetledger.app.sheets;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.LedgerId;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A budget sheet's reader: each row is known by a key of its own (a line; a document's row), which makes its
 * idempotency key — and within one file, the first row of a key keeps it: a second is a duplicate row.
 */
abstract class KeyedRows implements RowReader {
    final SheetContext context;
    private final Map<String, Long> firstRows = new HashMap<>();

    KeyedRows(SheetContext context) {
        this.context = context;
    }

    /** A command body of this department-year, as the API takes it. */
    ObjectNode body() {
        ObjectNode body = LedgerJson.mapper().createObjectNode();
        body.put("departmentId", context.departmentId());
        body.put("year", context.year());
        return body;
    }

    /** A digest of the key in this department-year: the same row, the same digest, every time. */
    String digest(String key) {
        return Cells.digest(LedgerId.of(context.departmentId(), context.year()) + "\n" + key);
    }

    /**
     * Claims the key for this row once it is read whole (a row refused before leaves it to the next), or refuses the
     * row as {@code DUPLICATE_ROW}: 与第 N 行 and {@code same}.
     */
    void claim(String key, long row, String same) {
        Long first = firstRows.putIfAbsent(key, row);
        if (first != null) {
            throw new Cells.Refusal("DUPLICATE_ROW", "与第 " + first + " 行" + same);
        }
    }
}
