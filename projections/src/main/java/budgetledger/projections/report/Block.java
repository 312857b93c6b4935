package budgetledger.projections.report;

import java.util.List;

/** A block of the report's body, in reading order. */
public sealed interface Block {

    /** Level 1: 一、…; level 2: （一）…; level 3: 1、… or （1）…. */
    record Heading(int level, String text) implements Block {
    }

    /** A sentence or paragraph written by the report from the figures. */
    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            inlines.forEach(i -> b.append(i.text()));
            return b.toString();
        }
    }

    /**
     * Prose the department recorded (RecordEvaluationText or a goal), printed as recorded, never rewritten.
     * {@code section} is its key (null for a goal text), {@code label} an optional lead-in ("预决算公开："), and
     * {@code quote} marks an explanation quoted beside the numbers it explains.
     */
    record Recorded(String section, String label, String text, boolean quote) implements Block {
    }

    /** A table in the body (the largest contributors to a change). */
    record TableBlock(Table table) implements Block {
    }

    /** A text that should have been recorded and was not. */
    record Missing(String what) implements Block {
    }
}
