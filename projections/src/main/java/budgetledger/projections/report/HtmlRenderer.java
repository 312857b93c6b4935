package budgetledger.projections.report;

import java.util.List;

/**
 * The report as one self-contained, printable page: inline CSS (A4, page numbers, each attachment on a new page),
 * no external resources. Well-formed XHTML, so the PDF renderer can lay out the very same page. Every printed
 * figure is a {@code <span data-figure="name">} (a cell: {@code data-figure}), so a reader or a script can trace it
 * to the key figure and from there to its events; recorded prose carries {@code data-section}.
 */
public final class HtmlRenderer {
    /** The font family the PDF renderer registers its CJK font under; browsers fall through to the next ones. */
    static final String PDF_FONT_FAMILY = "ReportCJK";

    private static final String CSS = """
            @page { size: A4; margin: 15mm 15mm 18mm 15mm;
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt;
                font-family: %1$s, "WenQuanYi Zen Hei", sans-serif; } }
            body { font-family: %1$s, "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
              "PingFang SC", SimSun, sans-serif; font-size: 11pt; line-height: 1.65; color: #000; }
            h1 { text-align: center; font-size: 19pt; margin: 0.2em 0; }
            h2 { font-size: 13.5pt; margin: 1em 0 0.4em 0; }
            h3 { font-size: 12pt; margin: 0.8em 0 0.3em 0; }
            h4 { font-size: 11pt; margin: 0.6em 0 0.2em 0; }
            p { text-indent: 2em; margin: 0.25em 0; }
            p.basis { text-indent: 0; text-align: center; font-size: 9.5pt; color: #444; margin-bottom: 1.5em; }
            p.recorded .label, blockquote .label { font-weight: bold; }
            blockquote.explanation { margin: 0.4em 0 0.6em 2em; padding: 0.2em 0 0.2em 0.8em;
              border-left: 2pt solid #777; color: #222; }
            blockquote.explanation p { text-indent: 0; }
            p.missing { color: #a00000; }
            table { border-collapse: collapse; table-layout: fixed; width: 100%%; margin: 0.4em 0 0.8em 0; font-size: 9pt; line-height: 1.35;
              -fs-table-paginate: paginate; }
            caption { caption-side: top; text-align: left; font-size: 9pt; color: #333; padding-bottom: 2pt; }
            th, td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-wrap: break-word; }
            th { font-weight: bold; text-align: center; }
            td.n { text-align: right; white-space: nowrap; padding-right: 4pt; }
            tr { page-break-inside: avoid; }
            table.contributors { width: 88%%; margin-left: 2em; }
            section.attachment { page-break-before: always; }
            table.form { font-size: 8.5pt; line-height: 1.3; }
            table.form th, table.form td { padding: 1.5pt 2.5pt; }
            section.attachment p { text-indent: 0; }
            p.label { font-weight: bold; font-size: 12pt; }
            h2.form { text-align: center; font-size: 15pt; }
            p.unit { text-align: right; font-size: 9.5pt; }
            p.note { font-size: 9pt; }
            @media screen { body { max-width: 60em; margin: 2em auto; padding: 0 1em; }
              section.attachment { margin-top: 3em; padding-top: 1.5em; border-top: 1px solid #999; } }
            """.formatted(PDF_FONT_FAMILY);

    private HtmlRenderer() {
    }

    public static String render(Report report) {
        return render(report, true);
    }

    /**
     * {@code figureSpans} false leaves the {@code <span data-figure>} wrappers out of the sentences: the PDF lays out
     * an inline element's text after its line's plain text in the content stream, so a PDF reader copying text (or
     * a text extractor) would see the numbers moved away from their words.
     */
    static String render(Report report, boolean figureSpans) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc(report.title() + report.subtitle()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(report.title())).append("</h1>\n<h1>").append(esc(report.subtitle())).append("</h1>\n");
        b.append("<p class=\"basis\">").append(esc(report.basis())).append("</p>\n");
        for (Block block : report.body()) {
            block(b, block, figureSpans);
        }
        for (Attachment a : report.attachments()) {
            attachment(b, a);
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder b, Block block, boolean figureSpans) {
        if (block instanceof Block.Heading h) {
            int level = Math.min(h.level() + 1, 4);
            b.append("<h").append(level).append('>').append(esc(h.text())).append("</h").append(level).append(">\n");
        } else if (block instanceof Block.Paragraph p) {
            b.append("<p>");
            inlines(b, p.inlines(), figureSpans);
            b.append("</p>\n");
        } else if (block instanceof Block.Recorded r) {
            recorded(b, r);
        } else if (block instanceof Block.TableBlock t) {
            table(b, t.table(), "contributors");
        } else if (block instanceof Block.Missing m) {
            b.append("<p class=\"missing\">【未记录】").append(esc(m.what())).append("</p>\n");
        }
    }

    private static void inlines(StringBuilder b, List<Inline> inlines, boolean figureSpans) {
        for (Inline i : inlines) {
            if (figureSpans && i instanceof Inline.Value v && v.figure() != null) {
                b.append("<span class=\"v\" data-figure=\"").append(esc(v.figure())).append("\">").append(esc(v.text()))
                        .append("</span>");
            } else {
                b.append(esc(i.text()));
            }
        }
    }

    private static void recorded(StringBuilder b, Block.Recorded r) {
        String section = r.section() == null ? "" : " data-section=\"" + esc(r.section()) + "\"";
        String[] paragraphs = r.text().split("\\R+");
        if (r.quote()) {
            b.append("<blockquote class=\"recorded explanation\"").append(section).append(">\n");
        }
        for (int i = 0; i < paragraphs.length; i++) {
            b.append("<p class=\"recorded\"").append(r.quote() ? "" : section).append('>');
            if (i == 0 && r.label() != null) {
                b.append("<span class=\"label\">").append(esc(r.label())).append("</span>");
            }
            b.append(esc(paragraphs[i].strip())).append("</p>\n");
        }
        if (r.quote()) {
            b.append("</blockquote>\n");
        }
    }

    private static void attachment(StringBuilder b, Attachment a) {
        b.append("<section class=\"attachment\" id=\"").append(esc(a.label())).append("\">\n<p class=\"label\">")
                .append(esc(a.label())).append("</p>\n<h2 class=\"form\">").append(esc(a.title())).append("</h2>\n")
                .append("<p class=\"unit\">").append(esc(a.unitNote())).append("</p>\n");
        table(b, a.table(), "form");
        for (String note : a.notes()) {
            b.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        b.append("</section>\n");
    }

    private static void table(StringBuilder b, Table t, String cssClass) {
        b.append("<table class=\"").append(cssClass).append("\">\n");
        if (t.caption() != null) {
            b.append("<caption>").append(esc(t.caption())).append("</caption>\n");
        }
        int[] widths = t.widthsOr(1);
        int total = java.util.Arrays.stream(widths).sum();
        b.append("<colgroup>");
        for (int w : widths) {
            b.append("<col style=\"width: ").append(Math.round(1000.0 * w / total) / 10.0).append("%\"/>");
        }
        b.append("</colgroup>\n");
        int heads = headRows(t.rows());
        for (int r = 0; r < t.rows().size(); r++) {
            if (r == 0 && heads > 0) {
                b.append("<thead>\n");
            }
            if (r == heads) {
                b.append(heads > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            }
            b.append("<tr>");
            for (Cell c : t.rows().get(r)) {
                cell(b, c);
            }
            b.append("</tr>\n");
        }
        b.append(heads == t.rows().size() ? "</thead>\n" : "</tbody>\n").append("</table>\n");
    }

    /**
     * The leading rows made only of heading cells, none spanning below them: the PDF repeats these on every page a
     * table continues to, so a split 决算 table keeps its column names.
     */
    static int headRows(List<List<Cell>> rows) {
        int heads = 0;
        while (heads < rows.size() && !rows.get(heads).isEmpty()
                && rows.get(heads).stream().allMatch(c -> c instanceof Cell.Text t && t.head())) {
            heads++;
        }
        for (boolean spansOut = true; spansOut && heads > 0; ) {
            spansOut = false;
            for (int r = 0; r < heads && !spansOut; r++) {
                final int row = r;
                final int limit = heads;
                spansOut = rows.get(r).stream().anyMatch(c -> row + c.rowspan() > limit);
            }
            if (spansOut) {
                heads--;
            }
        }
        return heads;
    }

    private static void cell(StringBuilder b, Cell c) {
        boolean head = c instanceof Cell.Text t && t.head();
        String tag = head ? "th" : "td";
        b.append('<').append(tag);
        if (c.colspan() > 1) {
            b.append(" colspan=\"").append(c.colspan()).append('"');
        }
        if (c.rowspan() > 1) {
            b.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        if (!(c instanceof Cell.Text)) {
            b.append(" class=\"n\"");
        }
        String figure = figureOf(c);
        if (figure != null) {
            b.append(" data-figure=\"").append(esc(figure)).append('"');
        }
        b.append('>').append(esc(c.display())).append("</").append(tag).append('>');
    }

    private static String figureOf(Cell c) {
        if (c instanceof Cell.Amount a) {
            return a.figure();
        } else if (c instanceof Cell.Rate r) {
            return r.figure();
        } else if (c instanceof Cell.Number n) {
            return n.figure();
        }
        return null;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // characters XML 1.0 forbids (stray control codes in typed prose) are left out
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
