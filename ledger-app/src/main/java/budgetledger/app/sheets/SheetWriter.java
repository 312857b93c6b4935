package budgetledger.app.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables written as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese as such) or as an XLSX of one sheet
 * per table: the one writer of every export (vouchers, budget lines, 决算 tables). A cell is text ({@link String}) or a number ({@link BigDecimal}, written from its decimal string, so an amount never
 * passes through a double). Text that a spreadsheet would take for a formula is neutralised in both formats.
 */
final class SheetWriter {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SheetWriter() {
    }

    /** OWASP's advice against CSV/formula injection: text opening with = + - @ (or tab, CR) gets a leading '. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** The tables in the format asked for: one sheet each in an XLSX, one after the other in a CSV. */
    static void write(List<SheetTable> tables, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(tables, out);
        } else {
            xlsx(tables, out);
        }
    }

    /**
     * One table: its header line, then its rows. Several: each opens with a line holding its name alone, then its
     * header line and rows, and an empty line parts it from the next, so a reader sees where each table starts.
     */
    static void csv(List<SheetTable> tables, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (int t = 0; t < tables.size(); t++) {
            SheetTable table = tables.get(t);
            if (tables.size() > 1) {
                if (t > 0) {
                    w.write("\r\n");
                }
                csvLine(w, List.of(table.name()));
            }
            csvLine(w, table.headers());
            for (List<Object> row : table.rows()) {
                csvLine(w, row);
            }
        }
        w.flush();
    }

    private static void csvLine(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object cell = cells.get(i);
            String text = cell instanceof BigDecimal n ? n.toPlainString() : neutralised(cell == null ? "" : cell.toString());
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            w.write(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        w.write("\r\n");
    }

    /** One sheet per table, named as the table, in the order given. */
    static void xlsx(List<SheetTable> tables, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder overrides = new StringBuilder();
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int s = 1; s <= tables.size(); s++) {
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" ContentType=")
                    .append("\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheets.append("<sheet name=\"").append(xml(tables.get(s - 1).name())).append("\" sheetId=\"").append(s)
                    .append("\" r:id=\"rId").append(s).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(s).append("\" Type=\"").append(DOC_RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(s).append(".xml\"/>");
        }
        part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>" + overrides + "</Types>");
        part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>" + sheets
                + "</sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">" + rels + "</Relationships>");
        for (int s = 1; s <= tables.size(); s++) {
            SheetTable table = tables.get(s - 1);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + s + ".xml"));
            // written row by row into the zip: a large year is never held as one XML string
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>");
            xlsxRow(w, 1, table.headers());
            for (int r = 0; r < table.rows().size(); r++) {
                xlsxRow(w, r + 2, table.rows().get(r));
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void xlsxRow(Writer w, int r, List<?> cells) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            String ref = column(i) + r;
            if (cell instanceof BigDecimal n) {
                w.write("<c r=\"" + ref + "\"><v>" + n.toPlainString() + "</v></c>");
            } else if (cell != null && !cell.toString().isEmpty()) {
                w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + xml(neutralised(cell.toString())) + "</t></is></c>");
            }
        }
        w.write("</row>");
    }

    /** A, B, … Z, AA, … : the column letters of a zero-based index. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static void part(ZipOutputStream zip, String name, String body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + body).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML's five escapes; characters XML 1.0 cannot hold at all (most C0 controls) are dropped. */
    private static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
