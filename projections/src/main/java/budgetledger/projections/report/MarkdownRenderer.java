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
        b.append("# ").append(report.title()).append(' ').append(report.subtitle()).append("\n\n");
        b.append("*数据口径：预算执行账本，记录时间截至 ").append(Format.instant(report.asOf())).append("（北京时间），业务日期截至 ")
                .append(report.through()).append("*\n\n");
        for (Block block : report.body()) {
            block(b, block);
        }
        for (Attachment a : report.attachments()) {
            b.append("---\n\n## ").append(a.label()).append(' ').append(a.title()).append("\n\n")
                    .append(a.unitNote()).append("\n\n");
            table(b, a.table());
            for (String note : a.notes()) {
                b.append(note).append("\n\n");
            }
        }
        return b.toString();
    }

    private static void block(StringBuilder b, Block block) {
        if (block instanceof Block.Heading h) {
            b.append("#".repeat(Math.min(h.level() + 1, 4))).append(' ').append(h.text()).append("\n\n");
        } else if (block instanceof Block.Paragraph p) {
            b.append(p.text()).append("\n\n");
        } else if (block instanceof Block.Recorded r) {
            String[] paragraphs = r.text().split("\\R+");
            String prefix = r.quote() ? "> " : "";
            for (int i = 0; i < paragraphs.length; i++) {
                b.append(prefix);
                if (i == 0 && r.label() != null) {
                    b.append("**").append(r.label()).append("**");
                }
                b.append(paragraphs[i].strip()).append('\n').append(r.quote() && i + 1 < paragraphs.length ? ">\n" : "\n");
            }
        } else if (block instanceof Block.TableBlock t) {
            table(b, t.table());
        } else if (block instanceof Block.Missing m) {
            b.append("**【未记录】** ").append(m.what()).append("\n\n");
        }
    }

    private static void table(StringBuilder b, Table t) {
        if (t.caption() != null) {
            b.append("*").append(t.caption()).append("*\n\n");
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
        String text = cell.display().replace("|", "\\|").replaceAll("\\R", "<br>");
        return cell instanceof Cell.Text t && t.head() && !text.isEmpty() ? "**" + text + "**" : text;
    }
}
