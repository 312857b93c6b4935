package budgetledger.projections.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown, for review in a repository or a diff: headings, paragraphs, recorded
 * explanations as block quotes, tables with spans flattened (a spanned position is left blank).
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(Report report) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("# ").append(text(report.title() + ' ' + report.subtitle())).append("\n\n");
        b.append("*").append(text(report.basis())).append("*\n\n");
        for (Block block : report.body()) {
            block(b, block);
        }
        for (Attachment a : report.attachments()) {
            b.append("---\n\n## ").append(text(a.label() + ' ' + a.title())).append("\n\n")
                    .append(text(a.unitNote())).append("\n\n");
            table(b, a.table());
            for (String note : a.notes()) {
                b.append(text(note)).append("\n\n");
            }
        }
        return b.toString();
    }

    private static void block(StringBuilder b, Block block) {
        if (block instanceof Block.Heading h) {
            b.append("#".repeat(Math.min(h.level() + 1, 4))).append(' ').append(text(h.text())).append("\n\n");
        } else if (block instanceof Block.Paragraph p) {
            b.append(text(p.text())).append("\n\n");
        } else if (block instanceof Block.Recorded r) {
            String[] paragraphs = r.text().split("\\R+");
            String prefix = r.quote() ? "> " : "";
            for (int i = 0; i < paragraphs.length; i++) {
                b.append(prefix);
                if (i == 0 && r.label() != null) {
                    b.append("**").append(text(r.label())).append("**");
                }
                b.append(text(paragraphs[i].strip())).append('\n').append(r.quote() && i + 1 < paragraphs.length ? ">\n" : "\n");
            }
        } else if (block instanceof Block.TableBlock t) {
            table(b, t.table());
        } else if (block instanceof Block.Missing m) {
            b.append("**【未记录】** ").append(text(m.what())).append("\n\n");
        }
    }

    private static void table(StringBuilder b, Table t) {
        if (t.caption() != null) {
            b.append("*").append(text(t.caption())).append("*\n\n");
        }
        Grid grid = Grid.of(t);
        for (int r = 0; r < grid.rows(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                Cell cell = grid.startingAt(r, c);
                cells.add(cell == null ? "" : cellText(cell));
            }
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                b.append("|").append(" --- |".repeat(grid.columns())).append('\n');
            }
        }
        b.append('\n');
    }

    private static String cellText(Cell cell) {
        String text = text(cell.display()).replaceAll("\\R", "<br>");
        return cell instanceof Cell.Text t && t.head() && !text.isEmpty() ? "**" + text + "**" : text;
    }

    /**
     * Text as it was typed, never as markup: the characters Markdown (and the HTML it may embed) would act on are
     * backslash-escaped, which CommonMark allows for any ASCII punctuation, so a recorded {@code <script>} or
     * {@code **} reads literally in every renderer. A line that would start a heading, quote or list is escaped too.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\\`*_[]<>&~|!".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch);
        }
        // "1. " starts a list: the dot is escaped, not the digit (a backslash before a digit would print)
        return LINE_START.matcher(b).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2) != null
                ? m.group(1) + "\\" + m.group(2) : m.group(1) + m.group(3) + "\\" + m.group(4)));
    }

    private static final java.util.regex.Pattern LINE_START =
            java.util.regex.Pattern.compile("(?m)^([ \t]*)(?:(#{1,6}+|[+-])(?=[ \t]|$)|(\\d{1,9}+)([.)])(?=[ \t]|$))");
}
