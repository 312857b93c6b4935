package budgetledger.projections.report;

import java.util.List;

/**
 * One attachment form (附件1, 附件2, 附件3-1 …): printed on its own page, and one XLSX sheet named {@code label}.
 * {@code unitNote} is "金额单位：万元"; {@code notes} are the lines printed under the table.
 */
public record Attachment(String label, String title, String unitNote, Table table, List<String> notes) {
    public Attachment {
        notes = List.copyOf(notes);
    }
}
